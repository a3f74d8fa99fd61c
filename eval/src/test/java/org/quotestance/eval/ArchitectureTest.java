package org.quotestance.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quotestance.testkit.PackageRules;

/**
 * The package rules of this module's main classes (core's are checked by core's own test): CoreNLP only
 * under {@code org.quotestance.corenlp}, and no package cycles.
 */
class ArchitectureTest {

    private static final String ROOT = PackageRules.ROOT;
    private static final JavaClasses EVAL = new ClassFileImporter().importPath(mainClasses());

    /** This module's compiled main classes (a folder or a jar), not core's that are on the classpath too. */
    private static Path mainClasses() {
        try {
            return Path.of(QuoteScorer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsThisModulesPackagesOnly() {
        assertThat(EVAL.stream().map(JavaClass::getPackageName).distinct())
                .containsExactlyInAnyOrder(ROOT + ".eval", ROOT + ".eval.stance", ROOT + ".corenlp.baseline");
    }

    @Test
    void onlyTheCoreNlpPackagesUseCoreNlp() {
        PackageRules.checkCoreNlpOnlyInItsPackage(EVAL);
    }

    @Test
    void packagesAreFreeOfCycles() {
        PackageRules.checkNoPackageCycle(EVAL);
    }
}

package org.quotestance.eval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The package rules of this module's main classes (core's are checked by core's own test): CoreNLP only
 * under {@code org.quotestance.corenlp}, and no package cycles.
 */
class ArchitectureTest {

    private static final String ROOT = "org.quotestance";
    private static final JavaClasses EVAL = new ClassFileImporter().importPath(mainClasses());

    /** One slice per package right under {@code org.quotestance} with its subpackages, and one for the root package itself. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (p.equals(ROOT)) {
                return SliceIdentifier.of(ROOT);
            }
            if (!p.startsWith(ROOT + ".")) {
                return SliceIdentifier.ignore();
            }
            String rest = p.substring(ROOT.length() + 1);
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(ROOT + "." + (dot < 0 ? rest : rest.substring(0, dot)));
        }

        @Override
        public String getDescription() {
            return "the packages under " + ROOT + ", each with its subpackages, and " + ROOT + " itself";
        }
    };

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
        noClasses().that().resideOutsideOfPackage(ROOT + ".corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(EVAL);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(EVAL);
    }
}

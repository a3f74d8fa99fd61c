package org.quotestance;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.quotestance.testkit.PackageRules;

/** The package rules of core's main classes: no package cycles, and CoreNLP only behind {@code org.quotestance.corenlp}. */
class ArchitectureTest {

    private static final String ROOT = PackageRules.ROOT;
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void importsTheRootPackageAndTheLibraryPackages() {
        assertThat(CORE.stream().map(JavaClass::getPackageName).distinct())
                .contains(ROOT, ROOT + ".attribution", ROOT + ".corenlp", ROOT + ".io", ROOT + ".report", ROOT + ".stance",
                        ROOT + ".topic");
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        PackageRules.checkNoPackageCycle(CORE);
    }

    @Test
    void onlyTheCoreNlpPackageUsesCoreNlp() {
        PackageRules.checkCoreNlpOnlyInItsPackage(CORE);
    }
}

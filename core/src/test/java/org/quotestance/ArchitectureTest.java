package org.quotestance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The package rules of core's main classes: no package cycles, and CoreNLP only behind {@code org.quotestance.corenlp}. */
class ArchitectureTest {

    private static final String ROOT = "org.quotestance";
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** One slice per package right under {@code org.quotestance} with its subpackages, and one for the root package itself. */
    static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
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

    @Test
    void importsTheRootPackageAndTheLibraryPackages() {
        assertThat(CORE.stream().map(JavaClass::getPackageName).distinct())
                .contains(ROOT, ROOT + ".attribution", ROOT + ".corenlp", ROOT + ".io", ROOT + ".report", ROOT + ".stance",
                        ROOT + ".topic");
    }

    @Test
    void corePackagesAreFreeOfCycles() {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void onlyTheCoreNlpPackageUsesCoreNlp() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(CORE);
    }
}

package org.quotestance.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules every module's architecture test checks (ArchUnit): no cycle among the packages under
 * {@code org.quotestance}, and CoreNLP used only under {@code org.quotestance.corenlp}.
 */
public final class PackageRules {

    public static final String ROOT = "org.quotestance";

    /** One slice per package right under {@code org.quotestance} with its subpackages, and one for the root package itself. */
    public static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
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

    private PackageRules() {
    }

    /** Fails naming every cycle among the top-level packages of {@code classes}. */
    public static void checkNoPackageCycle(JavaClasses classes) {
        slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(classes);
    }

    /** Fails naming every class outside {@code org.quotestance.corenlp..} that uses CoreNLP. */
    public static void checkCoreNlpOnlyInItsPackage(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage(ROOT + ".corenlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
                .check(classes);
    }
}

package app.microlead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MVVM and package rules of DESIGN.md. Only view classes touch {@code javafx.scene} and
 * {@code javafx.stage}; a view class is named for what it is (…View, …Page, …Window, …Dialog, …Cell,
 * …Chart, …Control) or starts with Fx.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.microlead");
    }

    private static final DescribedPredicate<JavaClass> VIEW_CODE = new DescribedPredicate<>("view code") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            String n = top.getSimpleName();
            return n.endsWith("View") || n.endsWith("Page") || n.endsWith("Window") || n.endsWith("Dialog")
                    || n.endsWith("Cell") || n.endsWith("Chart") || n.endsWith("Colors") || n.endsWith("Control") || n.startsWith("Fx")
                    || n.equals("App") || n.equals("Wiring") || n.equals("Themes") || n.equals("WindowPlacement");
        }
    };

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void onlyViewCodeTouchesTheSceneGraph() {
        noClasses().that(DescribedPredicate.not(VIEW_CODE))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void storageKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("app.microlead.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("app.microlead.(*)..").should().beFreeOfCycles().check(classes);
    }
}

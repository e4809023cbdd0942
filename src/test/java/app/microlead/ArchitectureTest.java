package app.microlead;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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
 * The house rules of DESIGN.md, keyed on packages: {@code ui} is the shared view toolkit and knows no
 * feature; {@code common} holds the toolkit-free services every view model may take; {@code storage}
 * knows no feature and no toolkit; {@code backend} builds every feature's repositories and services once
 * for the app and the command line and knows no toolkit either; {@code shell} is the window frame and only the composition root
 * (the top package) uses it. Inside a feature only its views (…View, …Dialog, …Chart, …Control) touch
 * the scene graph; view models never do. The suffix is the class's MVVM role, not a list of exempt
 * classes: a feature class that builds controls says so in its name, and everything else in the
 * feature (view models, services, repositories) is held off the toolkit.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {
        "app.microlead.today..", "app.microlead.journal..", "app.microlead.habits..",
        "app.microlead.assessment..", "app.microlead.insights..", "app.microlead.review..",
        "app.microlead.export..", "app.microlead.backup..", "app.microlead.security..",
        "app.microlead.people..", "app.microlead.sync..", "app.microlead.cli.."};
    private static final String[] SCENE_GRAPH = {"javafx.scene..", "javafx.stage.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.microlead");
    }

    /** A feature's view class, named for its MVVM role (nested classes count as their top class). */
    private static final DescribedPredicate<JavaClass> FEATURE_VIEW = new DescribedPredicate<>("a feature's view") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            String n = top.getSimpleName();
            return n.endsWith("View") || n.endsWith("Dialog") || n.endsWith("Chart") || n.endsWith("Control");
        }
    };

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
                .check(classes);
    }

    @Test
    void insideAFeatureOnlyViewsTouchTheSceneGraph() {
        noClasses().that().resideInAnyPackage(FEATURES).and(DescribedPredicate.not(FEATURE_VIEW))
                .should().dependOnClassesThat().resideInAnyPackage(SCENE_GRAPH)
                .check(classes);
    }

    @Test
    void commonStorageAndTheBackEndKnowNothingOfTheToolkit() {
        noClasses().that().resideInAnyPackage("app.microlead.common..", "app.microlead.storage..", "app.microlead.backend..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "javafx.concurrent..")
                .check(classes);
    }

    @Test
    void theToolkitKnowsNoFeature() {
        classes().that().resideInAPackage("app.microlead.ui..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(FEATURES)
                .check(classes);
        noClasses().that().resideInAPackage("app.microlead.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("app.microlead.shell..", "app.microlead.storage..")
                .check(classes);
    }

    @Test
    void commonAndStorageKnowNoFeature() {
        noClasses().that().resideInAnyPackage("app.microlead.common..", "app.microlead.storage..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(classes);
        noClasses().that().resideInAnyPackage("app.microlead.common..", "app.microlead.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("app.microlead.ui..", "app.microlead.shell..")
                .check(classes);
    }

    @Test
    void featuresNeverReachIntoTheFrame() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAPackage("app.microlead.shell..")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("app.microlead.(*)..").should().beFreeOfCycles().check(classes);
    }
}

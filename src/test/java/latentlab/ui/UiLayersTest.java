package latentlab.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The explorer's views stay above the service line; the latent helpers and the task executors stay free of JavaFX. */
class UiLayersTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("latentlab.ui", "latentlab.latent");

    @Test
    void viewsNeverTouchTheEngine() {
        noClasses().that().resideInAPackage("latentlab.ui..")
                .should().dependOnClassesThat().resideInAPackage("ai.djl..")
                .check(classes);
    }

    @Test
    void latentHelpersAndTheWorkerPoolsHaveNoJavaFx() {
        noClasses().that().resideInAPackage("latentlab.latent..")
                .or().resideInAPackage("latentlab.ui.task..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}

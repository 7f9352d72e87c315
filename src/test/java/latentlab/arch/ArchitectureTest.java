package latentlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layers: data flows data -> model -> train -> latent -> ui. Domain records carry no engine
 * or UI types; the UI never touches the engine directly.
 */
@AnalyzeClasses(packages = "latentlab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchCondition<JavaClass> DEPEND_ON_DJL_OR_JAVAFX =
            new ArchCondition<>("depend on ai.djl or javafx") {
                @Override
                public void check(JavaClass item, ConditionEvents events) {
                    item.getDirectDependenciesFromSelf().forEach(d -> {
                        String target = d.getTargetClass().getPackageName();
                        if (target.startsWith("ai.djl") || target.startsWith("javafx")) {
                            events.add(SimpleConditionEvent.violated(item, d.getDescription()));
                        }
                    });
                }
            };

    @ArchTest
    static final ArchRule domainRecordsAreFreeOfEngineAndUi = noClasses()
            .that().areAssignableTo(Record.class)
            .and().resideOutsideOfPackage("latentlab.ui..")
            .should(DEPEND_ON_DJL_OR_JAVAFX);

    @ArchTest
    static final ArchRule uiNeverImportsTheEngine = noClasses()
            .that().resideInAPackage("latentlab.ui..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    /**
     * The layers, bottom up: data, the models on the engine, the engine-free latent tools (codecs,
     * projections, metrics), the files both faces export (GIF, PNG, scoreboard JSON and CSV),
     * training (which implements the codecs over trained weights), then the two faces, command line
     * and window, and the launcher that picks one.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Data").definedBy("latentlab.data..")
            .layer("Model").definedBy("latentlab.model..")
            .layer("Latent").definedBy("latentlab.latent..")
            .layer("Export").definedBy("latentlab.export..")
            .layer("Train").definedBy("latentlab.train..")
            .layer("Cli").definedBy("latentlab.cli..")
            .layer("Ui").definedBy("latentlab.ui..")
            .layer("App").definedBy("latentlab.app..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Train").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Export").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Latent").mayOnlyBeAccessedByLayers("Export", "Train", "Cli", "Ui", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Latent", "Train", "Cli", "Ui", "App")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Model", "Latent", "Export", "Train", "Cli", "Ui", "App");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("latentlab.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("latentlab.ui..", "latentlab.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule dataIsEngineFree = noClasses()
            .that().resideInAPackage("latentlab.data..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    @ArchTest
    static final ArchRule latentToolsAreEngineFree = noClasses()
            .that().resideInAPackage("latentlab.latent..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    @ArchTest
    static final ArchRule exportsAreEngineFree = noClasses()
            .that().resideInAPackage("latentlab.export..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    @ArchTest
    static final ArchRule viewModelsKnowNoViews = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}

package latentlab.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    @ArchTest
    static final ArchRule dataIsTheBottomLayer = noClasses()
            .that().resideInAPackage("latentlab.data..")
            .should().dependOnClassesThat().resideInAnyPackage("latentlab.model..", "latentlab.train..",
                    "latentlab.latent..", "latentlab.ui..", "latentlab.cli..", "latentlab.app..", "ai.djl..", "javafx..");

    @ArchTest
    static final ArchRule modelKnowsNothingAbove = noClasses()
            .that().resideInAPackage("latentlab.model..")
            .should().dependOnClassesThat().resideInAnyPackage("latentlab.train..", "latentlab.latent..",
                    "latentlab.ui..", "latentlab.cli..", "latentlab.app..", "javafx..");

    @ArchTest
    static final ArchRule trainingKnowsNoUi = noClasses()
            .that().resideInAnyPackage("latentlab.train..", "latentlab.latent..", "latentlab.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("latentlab.ui..", "latentlab.app..", "javafx..");

    @ArchTest
    static final ArchRule latentToolsAreEngineFree = noClasses()
            .that().resideInAPackage("latentlab.latent..")
            .should().dependOnClassesThat().resideInAPackage("ai.djl..");

    @ArchTest
    static final ArchRule viewModelsKnowNoViews = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
            .orShould().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");
}

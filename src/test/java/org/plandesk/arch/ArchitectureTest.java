package org.plandesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of DESIGN §2, held by the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.plandesk");
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.plandesk..ui..", "org.plandesk.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("domain, services, stores, io and charts run and are tested without a toolkit")
                .check(classes);
    }

    @Test
    void uiNeverTouchesStoresOrJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.plandesk..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.plandesk..store..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .because("the UI calls services")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoSceneNodes() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    @Test
    void belowTheUiNothingDependsOnTheUiAppOrCli() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.plandesk..ui..", "org.plandesk.app..", "org.plandesk.cli..")
                .and()
                .resideInAPackage("org.plandesk..")
                .and()
                .doNotHaveFullyQualifiedName("org.plandesk.Main")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.plandesk..ui..", "org.plandesk.app..", "org.plandesk.cli..")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineDoNotKnowEachOther() {
        noClasses()
                .that()
                .resideInAPackage("org.plandesk.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.plandesk.cli..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.plandesk.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.plandesk.app..", "org.plandesk..ui..")
                .check(classes);
    }

    @Test
    void mainImportsNoJavaFx() {
        noClasses()
                .that()
                .haveFullyQualifiedName("org.plandesk.Main")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .because("the launcher chooses command line or window and must start without the toolkit")
                .check(classes);
    }

    @Test
    void sharedKnowsNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.plandesk.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.plandesk.plan..",
                        "org.plandesk.school..",
                        "org.plandesk.chart..",
                        "org.plandesk.backup..",
                        "org.plandesk.context..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.plandesk.shared")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.plandesk.workspace..")
                .check(classes);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("org.plandesk.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theWindowAndTheCommandLineSeeNoJdbc() {
        noClasses()
                .that()
                .resideInAnyPackage("org.plandesk.app..", "org.plandesk.cli..", "org.plandesk..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .because("services turn database failures into StorageException, the project's own")
                .check(classes);
    }

    @Test
    void theDomainDoesNotDoJdbc() {
        noClasses()
                .that()
                .resideInAPackage("org.plandesk.plan")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void noStaticMutableState() {
        fields().that()
                .areStatic()
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage("org.plandesk..")
                .should()
                .beFinal()
                .because("no singletons, no static mutable state: AppContext builds everything once")
                .check(classes);
    }

    @Test
    void classesStayFocused() {
        classes()
                .that()
                .resideInAPackage("org.plandesk..")
                .and()
                .areTopLevelClasses()
                .should(new LineCountCondition(400))
                .check(classes);
    }
}

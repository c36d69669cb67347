package io.github.cbrsync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.cbrsync.api.CbrApiException;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced. */
class ArchitectureRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.cbrsync");
    }

    @Test
    void onlyTheUiAndTheAppKnowJavaFx() {
        noClasses().that().resideInAnyPackage("..domain..", "..api..", "..service..", "..store..", "..sim..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "..ui..")
                .check(classes);
    }

    @Test
    void onlyApiHttpImportsOkHttp() {
        noClasses().that().resideOutsideOfPackage("io.github.cbrsync.api.http..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..")
                .check(classes);
    }

    @Test
    void theDomainIsPlainRecords() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "okhttp3..", "java.net.http..",
                        "io.github.cbrsync.api..", "io.github.cbrsync.service..")
                .check(classes);
    }

    @Test
    void nothingUsesTheWebView() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx.scene.web..").check(classes);
    }

    @Test
    void theUiKnowsTheApiOnlyThroughItsExceptionType() {
        noClasses().that().resideInAPackage("io.github.cbrsync.ui..")
                .should().dependOnClassesThat(DescribedPredicate.describe("api classes other than CbrApiException",
                        (JavaClass c) -> c.getPackageName().startsWith("io.github.cbrsync.api")
                                && !c.getName().startsWith(CbrApiException.class.getName())))
                .because("the window talks to services; only the failure type travels up to be shown")
                .check(classes);
    }

    @Test
    void onlyTheEntryPointsWriteToTheConsole() {
        // The command line's commands print through the writers CliMain hands them (captured in tests).
        noClasses().that().doNotHaveSimpleName("Main").and().doNotHaveSimpleName("SmokeRun")
                .and().doNotHaveSimpleName("SimulatorMain").and().doNotHaveSimpleName("CliMain")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("everything else logs through System.Logger, which is redacted and rotated, or prints "
                        + "through the writers the command line's entry point hands out")
                .check(classes);
    }

    @Test
    void javaFxLivesInTheUiAndTheAppOnly() {
        noClasses().that().resideOutsideOfPackages("io.github.cbrsync.ui..", "io.github.cbrsync.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("the services, the command line and the simulator must run without a toolkit")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsTheToolkit() {
        // Not even through the app package it shares with the window (the catalog, logging, scope factory).
        noClasses().that().resideInAPackage("io.github.cbrsync.cli..")
                .should().transitivelyDependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..",
                        "io.github.cbrsync.ui..")
                .because("cbr-sync runs with no display: over SSH, in cron and CI")
                .check(classes);
    }

    @Test
    void theApiDoesNotReachUpIntoServicesOrStorage() {
        noClasses().that().resideInAnyPackage("..api..", "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..service..", "..store..", "..app..")
                .check(classes);
    }
}

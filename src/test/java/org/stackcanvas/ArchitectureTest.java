package org.stackcanvas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of DESIGN.md, enforced. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stackcanvas");

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.stackcanvas.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the document, model, checks, edits and CLI must run without a display")
                .check(classes);
    }

    @Test
    void coreLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.stackcanvas.document..", "org.stackcanvas.env..",
                        "org.stackcanvas.model..", "org.stackcanvas.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stackcanvas.ui..", "org.stackcanvas.cli..",
                        "org.stackcanvas.runtime..")
                .check(classes);
    }

    @Test
    void documentDoesNotDependOnTheModel() {
        noClasses().that().resideInAPackage("org.stackcanvas.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stackcanvas.model..",
                        "org.stackcanvas.edit..", "org.stackcanvas.project..")
                .check(classes);
    }
}

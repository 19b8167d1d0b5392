package org.stackcanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A problem's location opens the inspector field that edits what is written there. */
@ExtendWith(ApplicationExtension.class)
class InspectorFocusTest {

    private static final String COMPOSE = """
            services:
              web:
                image: nginx:latest
                privileged: true
                environment:
                  PASSWORD: hunter2
                restart: always
            """;

    @TempDir
    Path dir;

    private InspectorView view;
    private EditorSession session;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        view = new InspectorView(session);
        stage.setScene(new Scene(view, 520, 600));
        stage.show();
    }

    @Test
    void aLocationOnTheImageLineFocusesTheImageField(FxRobot robot) {
        robot.interact(() -> session.selection().setAll(ElementRef.service("web")));
        robot.interact(() -> assertThat(view.focusAt(new SourceLocation("compose.yaml", 3, 5))).isTrue());
        assertThat(robot.lookup("#image").queryAs(TextField.class).isFocused()).isTrue();
    }

    @Test
    void aLocationInsideAMappingFindsItsAttribute(FxRobot robot) {
        robot.interact(() -> session.selection().setAll(ElementRef.service("web")));
        // line 6 is inside environment:, whose key is on line 5
        robot.interact(() -> assertThat(view.focusAt(new SourceLocation("compose.yaml", 6, 7))).isTrue());
        robot.interact(() -> assertThat(view.focusAt(new SourceLocation("compose.yaml", 7, 5))).isTrue());
        assertThat(robot.lookup("#restart").query().isFocused()).isTrue();
    }

    @Test
    void nothingShownNothingFocused(FxRobot robot) {
        robot.interact(() -> assertThat(view.focusAt(new SourceLocation("compose.yaml", 3, 5))).isFalse());
    }

    @Test
    void attributesMapToTheirSections() {
        assertThat(InspectorTargets.idsFor("depends_on")).containsExactly("section-depends-on");
        assertThat(InspectorTargets.idsFor("privileged")).containsExactly("section-advanced");
        assertThat(InspectorTargets.idsFor("read_only")).contains("read-only");
    }
}

package org.stackcanvas.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.project.ProjectOptions;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {

    static final String COMPOSE = """
            services:
              web:
                image: nginx:1.25  # front
                environment:
                  MODE: prod
                ports:
                  - "8080:80"
                depends_on:
                  api:
                    condition: service_started
              api:
                image: ${API_IMAGE}
                env_file: app.env
            networks:
              back:
            """;

    @TempDir
    Path dir;

    EditorSession session;
    InspectorView view;

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        Files.writeString(dir.resolve(".env"), "API_IMAGE=myorg/api:2.1\n");
        Files.writeString(dir.resolve("app.env"), "# app settings\nLEVEL=debug  # verbose\n\nexport NAME='my app'\n");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = EditorSession.open(ProjectOptions.forDirectory(dir));
        view = new InspectorView(session);
        stage.setScene(new Scene(view, 520, 900));
        stage.show();
    }

    private String text() {
        return session.document(session.primaryDocument()).text();
    }

    private void select(FxRobot robot, ElementRef ref) {
        robot.interact(() -> session.selection().setAll(ref));
    }

    private void type(FxRobot robot, String id, String text) {
        robot.interact(() -> view.reveal(robot.lookup(id).query()));
        robot.clickOn(id);
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).selectAll());
        robot.write(text);
    }

    @Test
    void showsAHintWhenNothingIsSelected(FxRobot robot) {
        assertThat(robot.lookup("#inspector-hint").queryAs(Label.class).getText()).contains("Select");
    }

    @Test
    void editingTheTagIsOneUndoableEdit(FxRobot robot) {
        select(robot, ElementRef.service("web"));
        assertThat(robot.lookup("#image").queryAs(TextField.class).getText()).isEqualTo("nginx");
        assertThat(robot.lookup("#image-tag").queryAs(TextField.class).getText()).isEqualTo("1.25");
        type(robot, "#image-tag", "1.27");
        robot.type(KeyCode.ENTER);
        assertThat(text()).contains("image: nginx:1.27  # front");
        assertThat(session.commandStack().undoSize()).isEqualTo(1);
        robot.clickOn("#image"); // focus moves away from an unchanged field: no second command
        assertThat(session.commandStack().undoSize()).isEqualTo(1);
        robot.interact(session::undo);
        assertThat(text()).isEqualTo(COMPOSE);
        assertThat(robot.lookup("#image-tag").queryAs(TextField.class).getText()).isEqualTo("1.25");
        robot.interact(session::redo);
        assertThat(text()).contains("image: nginx:1.27  # front");
        assertThat(robot.lookup("#image-tag").queryAs(TextField.class).getText()).isEqualTo("1.27");
    }

    @Test
    void addsAndRemovesAnEnvironmentVariable(FxRobot robot) {
        select(robot, ElementRef.service("web"));
        type(robot, "#environment-new-key", "DEBUG");
        type(robot, "#environment-new-value", "1");
        robot.clickOn("#environment-add");
        assertThat(text()).contains("      MODE: prod\n      DEBUG: \"1\"\n");
        Button remove = robot.lookup(".kv-remove").match(n -> "MODE".equals(n.getUserData())).queryButton();
        robot.clickOn(remove);
        assertThat(text()).contains("    environment:\n      DEBUG: \"1\"\n").doesNotContain("MODE");
        assertThat(session.commandStack().undoSize()).isEqualTo(2);
    }

    @Test
    void anInvalidPortShowsAnErrorAndChangesNothing(FxRobot robot) {
        select(robot, ElementRef.service("web"));
        type(robot, "#ports-new", "8080:99999");
        assertThat(robot.lookup("#ports-new-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#ports-new").queryAs(TextField.class).getPseudoClassStates())
                .contains(CommitField.INVALID);
        robot.type(KeyCode.ENTER);
        robot.clickOn("#ports-add");
        assertThat(text()).isEqualTo(COMPOSE);
        assertThat(session.commandStack().canUndo()).isFalse();
        type(robot, "#ports-new", "9090:90");
        assertThat(robot.lookup("#ports-new-error").queryAs(Label.class).isVisible()).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(text()).contains("      - \"8080:80\"\n      - \"9090:90\"\n");
    }

    @Test
    void aVariableShowsRawAndResolved(FxRobot robot) {
        select(robot, ElementRef.service("api"));
        assertThat(robot.lookup("#image").queryAs(TextField.class).getText()).isEqualTo("${API_IMAGE}");
        Label resolved = robot.lookup("#image-resolved").queryAs(Label.class);
        assertThat(resolved.isVisible()).isTrue();
        assertThat(resolved.getText()).isEqualTo("\u2192 myorg/api:2.1");
    }

    @Test
    void changesADependencyCondition(FxRobot robot) {
        select(robot, ElementRef.service("web"));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> condition = robot.lookup(".depends-condition").match(n -> "api".equals(n.getUserData()))
                .queryAs(ChoiceBox.class);
        assertThat(condition.getValue()).isEqualTo("service_started");
        robot.interact(() -> condition.setValue("service_healthy"));
        assertThat(text()).contains("      api:\n        condition: service_healthy\n");
        assertThat(session.commandStack().undoSize()).isEqualTo(1);
        robot.interact(session::undo);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> after = robot.lookup(".depends-condition").match(n -> "api".equals(n.getUserData()))
                .queryAs(ChoiceBox.class);
        assertThat(after.getValue()).isEqualTo("service_started");
        assertThat(session.commandStack().canUndo()).isFalse();
    }

    @Test
    void aDurationIsValidatedAndWrittenUnderHealthcheck(FxRobot robot) {
        select(robot, ElementRef.service("web"));
        type(robot, "#healthcheck-interval", "30 seconds");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#healthcheck-interval-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text()).isEqualTo(COMPOSE);
        type(robot, "#healthcheck-interval", "1m30s");
        robot.type(KeyCode.ENTER);
        assertThat(text()).contains("    healthcheck:\n      interval: 1m30s\n");
    }

    @Test
    void anEnvFileEditsItsOwnFile(FxRobot robot) throws Exception {
        select(robot, new ElementRef(ElementRef.Kind.ENV_FILE, "app.env"));
        TextField level = robot.lookup(".kv-value").match(n -> "LEVEL".equals(n.getUserData()))
                .lookup(".text-field").queryAs(TextField.class);
        assertThat(level.getText()).isEqualTo("debug");
        robot.clickOn(level);
        robot.interact(level::selectAll);
        robot.write("info");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#envfile-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(dir.resolve("app.env")))
                .isEqualTo("# app settings\nLEVEL=info  # verbose\n\nexport NAME='my app'\n");
        assertThat(text()).isEqualTo(COMPOSE);
    }

    @Test
    void aNetworkShowsItsOwnForm(FxRobot robot) {
        select(robot, new ElementRef(ElementRef.Kind.NETWORK, "back"));
        type(robot, "#networks-driver", "bridge");
        robot.type(KeyCode.ENTER);
        assertThat(text()).endsWith("networks:\n  back:\n    driver: bridge\n");
    }
}

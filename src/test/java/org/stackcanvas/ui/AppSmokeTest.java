package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.stackcanvas.ui.yaml.YamlPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    @Start
    void start(Stage stage) throws Exception {
        StackCanvasApp.open(stage, null, java.util.prefs.Preferences.userRoot().node("stackcanvas-test"));
    }

    @Test
    void opensTheSampleStack(FxRobot robot) {
        YamlPane yaml = robot.lookup((javafx.scene.Node n) -> n instanceof YamlPane).queryAs(YamlPane.class);
        assertThat(yaml.codeArea().getText()).contains("services:").contains("proxy:");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Untitled (sample) \u2014 StackCanvas");
    }
}

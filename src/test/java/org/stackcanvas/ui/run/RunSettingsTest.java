package org.stackcanvas.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stackcanvas.runtime.ComposePaths;

class RunSettingsTest {

    private final Preferences preferences = Preferences.userRoot().node("stackcanvas-run-settings-" + System.nanoTime());
    private final RunSettings settings = new RunSettings(preferences);

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void programPathsDefaultToTheNamesOnPath() {
        assertThat(settings.paths()).isEqualTo(ComposePaths.DEFAULT);
        settings.setPaths(new ComposePaths("/opt/docker", ""));
        assertThat(new RunSettings(preferences).paths()).isEqualTo(new ComposePaths("/opt/docker", "docker-compose"));
    }

    @Test
    void aProjectNameIsKeptPerFolderEvenForLongPaths() {
        Path deep = Path.of("/home/someone/" + "very-long-folder-name/".repeat(10) + "shop");
        Path other = Path.of("/srv/other");
        settings.setProjectName(deep, "shop-dev");
        assertThat(new RunSettings(preferences).projectName(deep)).contains("shop-dev");
        assertThat(settings.projectName(other)).isEmpty();
        settings.setProjectName(deep, " ");
        assertThat(settings.projectName(deep)).isEmpty();
    }

    @Test
    void aNameComposeWouldRejectIsRefused() {
        assertThatThrownBy(() -> settings.setProjectName(Path.of("/srv/shop"), "Shop Dev"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase");
        assertThat(settings.projectName(Path.of("/srv/shop"))).isEmpty();
    }

    @Test
    void aFailureHeadlineIsComposesLastErrorLine() {
        assertThat(RunActions.headline("Compose failed (exit code 1): Creating a ... done\n"
                + "ERROR: for a_api_1  Cannot start service api: boom\nERROR: for api  Cannot start service api: boom\n"
                + "Encountered errors while bringing up the project."))
                .isEqualTo("ERROR: for api  Cannot start service api: boom");
        assertThat(RunActions.headline("Docker Engine not reachable at x: refused.\nStart it."))
                .isEqualTo("Docker Engine not reachable at x: refused.");
    }
}

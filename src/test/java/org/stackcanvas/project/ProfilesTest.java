package org.stackcanvas.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void withoutProfilesOnlyServicesWithoutProfilesRun() throws Exception {
        LoadedProject project = Fixtures.load("profiles");
        assertThat(project.services().keys()).containsExactly("web");
        assertThat(project.inactiveServiceNames()).containsExactly("debugger", "tools", "worker");
        assertThat(project.activeProfiles()).isEmpty();
    }

    @Test
    void aServiceRunsWhenAnyOfItsProfilesIsEnabled() throws Exception {
        LoadedProject project = Fixtures.load("profiles", b -> b.profile("debug"));
        assertThat(project.services().keys()).containsExactly("web", "debugger", "tools");
        assertThat(project.inactiveServiceNames()).containsExactly("worker");
    }

    @Test
    void profilesAreInterpolatedBeforeTheyAreMatched() throws Exception {
        assertThat(Fixtures.load("profiles", b -> b.profile("workers")).services().keys())
                .containsExactly("web", "worker");
        assertThat(Fixtures.load("profiles", b -> b.profile("bg").environment("WORKER_PROFILE", "bg"))
                .services().keys()).containsExactly("web", "worker");
    }

    @Test
    void starEnablesEveryProfile() throws Exception {
        LoadedProject project = Fixtures.load("profiles", b -> b.profile("*"));
        assertThat(project.services().keys()).containsExactly("web", "debugger", "tools", "worker");
        assertThat(project.inactiveServiceNames()).isEmpty();
    }

    @Test
    void composeProfilesFromProcessEnvironment() throws Exception {
        LoadedProject project = Fixtures.load("profiles", b -> b.environment("COMPOSE_PROFILES", "tools, workers"));
        assertThat(project.services().keys()).containsExactly("web", "tools", "worker");
        assertThat(project.activeProfiles()).containsExactly("tools", "workers");
    }

    @Test
    void composeProfilesFromDotEnvAndOptionsWin() throws Exception {
        assertThat(Fixtures.load("profiles-env").services().keys()).containsExactly("web", "tools");
        assertThat(Fixtures.load("profiles-env", b -> b.profile("debug")).services().keys())
                .containsExactly("web", "debugger");
    }

    @Test
    void dependencyOnAnInactiveServiceIsAWarningAtTheDependency() throws Exception {
        LoadedProject project = Fixtures.load("profiles");
        assertThat(project.warnings()).extracting(LoadWarning::describe).containsExactly(
                "compose.yaml:4:18: service 'web' depends on 'debugger', which is not active with the enabled "
                        + "profiles; enable one of its profiles or remove the dependency");
        assertThat(Fixtures.load("profiles", b -> b.profile("debug")).warnings()).isEmpty();
    }
}

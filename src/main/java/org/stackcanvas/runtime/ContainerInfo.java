package org.stackcanvas.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One container of a Compose project, read from its labels and Engine state.
 *
 * @param id       the container id
 * @param name     the container name (without the leading slash)
 * @param project  label {@code com.docker.compose.project}
 * @param service  label {@code com.docker.compose.service}
 * @param number   label {@code com.docker.compose.container-number} (1 when missing)
 * @param oneOff   label {@code com.docker.compose.oneoff} is {@code True} ({@code compose run})
 * @param state    the state, refined by health
 * @param exitCode the exit code when exited, or the last one while restarting
 * @param status   the Engine's status text ({@code Up 3 seconds (healthy)})
 */
public record ContainerInfo(String id, String name, String project, String service, int number, boolean oneOff,
        ContainerState state, OptionalInt exitCode, String status) {

    public static final String PROJECT_LABEL = "com.docker.compose.project";
    public static final String SERVICE_LABEL = "com.docker.compose.service";
    public static final String NUMBER_LABEL = "com.docker.compose.container-number";
    public static final String ONEOFF_LABEL = "com.docker.compose.oneoff";

    private static final Pattern EXIT_CODE = Pattern.compile("(?:Exited|Restarting) \\((-?\\d+)\\)");

    public ContainerInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(exitCode, "exitCode");
    }

    /**
     * From what the Engine's container list says: labels, {@code State} ({@code running},
     * {@code exited}, ...) and {@code Status} ({@code Up 5 seconds (healthy)},
     * {@code Exited (3) 2 seconds ago}).
     */
    public static ContainerInfo of(String id, List<String> names, Map<String, String> labels, String engineState,
            String status) {
        Map<String, String> l = labels == null ? Map.of() : labels;
        String statusText = status == null ? "" : status;
        String name = names == null || names.isEmpty() ? "" : names.get(0).replaceFirst("^/", "");
        int number;
        try {
            number = Integer.parseInt(l.getOrDefault(NUMBER_LABEL, "1").strip());
        } catch (NumberFormatException e) {
            number = 1;
        }
        boolean oneOff = "true".equalsIgnoreCase(l.getOrDefault(ONEOFF_LABEL, "False").strip());
        ContainerState state = state(engineState, statusText);
        OptionalInt exitCode = OptionalInt.empty();
        Matcher matcher = EXIT_CODE.matcher(statusText);
        if (matcher.find()) {
            exitCode = OptionalInt.of(Integer.parseInt(matcher.group(1)));
        }
        return new ContainerInfo(id == null ? "" : id, name, l.getOrDefault(PROJECT_LABEL, ""),
                l.getOrDefault(SERVICE_LABEL, ""), number, oneOff, state, exitCode, statusText);
    }

    static ContainerState state(String engineState, String status) {
        String s = engineState == null ? "" : engineState.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "created" -> ContainerState.CREATED;
            case "restarting" -> ContainerState.RESTARTING;
            case "paused" -> ContainerState.PAUSED;
            case "exited" -> ContainerState.EXITED;
            case "dead" -> ContainerState.DEAD;
            case "removing" -> ContainerState.REMOVING;
            case "running" -> {
                if (status.contains("(unhealthy)")) {
                    yield ContainerState.UNHEALTHY;
                } else if (status.contains("(healthy)")) {
                    yield ContainerState.HEALTHY;
                } else if (status.contains("(health: starting)")) {
                    yield ContainerState.STARTING;
                }
                yield ContainerState.RUNNING;
            }
            default -> status.startsWith("Up") ? ContainerState.RUNNING
                    : status.startsWith("Exited") ? ContainerState.EXITED : ContainerState.CREATED;
        };
    }

    /** The healthcheck result in words: healthy, unhealthy, starting, or empty without one. */
    public String health() {
        return switch (state) {
            case HEALTHY -> "healthy";
            case UNHEALTHY -> "unhealthy";
            case STARTING -> "starting";
            default -> "";
        };
    }
}

package org.stackcanvas.ui.run;

import java.util.Optional;
import java.util.stream.Collectors;
import org.stackcanvas.runtime.ContainerInfo;
import org.stackcanvas.runtime.ContainerState;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.ui.canvas.RuntimeChip;

/**
 * How a service's status reads on its card: the state in words with its replicas
 * ({@code healthy 1/1}, {@code exited (3)}, {@code restarting 0/1}) and a colour: green when it
 * runs, amber while it starts, red when it failed, orange while it restarts, grey when it is idle.
 */
final class StatusLook {

    private StatusLook() {
    }

    /** The chip for a service, or none when it has no containers. */
    static Optional<RuntimeChip> chip(ServiceStatus status) {
        if (status.replicas() == 0 || status.state() == ContainerState.NOT_CREATED) {
            return Optional.empty();
        }
        return Optional.of(new RuntimeChip(text(status), tone(status), details(status)));
    }

    static String text(ServiceStatus status) {
        StringBuilder text = new StringBuilder(status.state().label());
        boolean exited = status.state() == ContainerState.EXITED;
        if (exited && status.exitCode().isPresent()) {
            text.append(" (").append(status.exitCode().getAsInt()).append(')');
        }
        if (showsCount(status)) {
            text.append(' ').append(status.running()).append('/').append(status.replicas());
        }
        return text.toString();
    }

    /** Replicas are counted where "how many are up" matters: live states, and any service with several. */
    private static boolean showsCount(ServiceStatus status) {
        return status.replicas() > 1 || status.state().isUp() || status.state() == ContainerState.RESTARTING
                || status.state() == ContainerState.PAUSED;
    }

    static String tone(ServiceStatus status) {
        return switch (status.state()) {
            case RUNNING, HEALTHY -> "ok";
            case STARTING -> "starting";
            case UNHEALTHY, DEAD -> "failed";
            case EXITED -> endedNormally(status.exitCode().orElse(0)) ? "idle" : "failed";
            case RESTARTING -> "restarting";
            default -> "idle";
        };
    }

    /**
     * 0, or the code of a process ended by SIGTERM (143) or SIGINT (130): what Stop and Down do, so
     * a stopped service is not shown as a failure. SIGKILL (137) stays a failure: it is also how
     * the kernel ends a container out of memory.
     */
    private static boolean endedNormally(int exitCode) {
        return exitCode == 0 || exitCode == 143 || exitCode == 130;
    }

    /** One line per container: its name and state. */
    static String details(ServiceStatus status) {
        return status.containers().stream().map(c -> c.name() + ": " + containerText(c))
                .collect(Collectors.joining("\n"));
    }

    /**
     * A container's state in words ({@code healthy}, {@code exited (3)}). Not the Engine's own
     * status text: its "Up 38 seconds" would go stale, since status is read on events only.
     */
    static String containerText(ContainerInfo container) {
        String text = container.state().label();
        if (container.state() == ContainerState.EXITED && container.exitCode().isPresent()) {
            text += " (" + container.exitCode().getAsInt() + ")";
        }
        return container.oneOff() ? text + ", one-off" : text;
    }
}

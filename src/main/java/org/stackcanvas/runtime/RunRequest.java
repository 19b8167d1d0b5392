package org.stackcanvas.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One Run action: what to do, to which services (empty: the whole project), and for Down whether
 * the project's named volumes go too.
 */
public record RunRequest(RunAction action, List<String> services, boolean removeVolumes) {

    public RunRequest {
        Objects.requireNonNull(action, "action");
        services = List.copyOf(services);
        if (removeVolumes && action != RunAction.DOWN) {
            throw new IllegalArgumentException("only Down removes volumes");
        }
    }

    public static RunRequest of(RunAction action, List<String> services) {
        return new RunRequest(action, services, false);
    }

    public static RunRequest down(boolean removeVolumes) {
        return new RunRequest(RunAction.DOWN, List.of(), removeVolumes);
    }

    /** "Up", "Up web", "Stop 3 services", "Down and remove volumes". */
    public String describe() {
        String what = action.title();
        if (removeVolumes) {
            return what + " and remove volumes";
        }
        if (services.size() == 1) {
            return what + " " + services.get(0);
        }
        return services.isEmpty() ? what : what + " " + services.size() + " services";
    }
}

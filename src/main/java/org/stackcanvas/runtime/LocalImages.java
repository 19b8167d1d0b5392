package org.stackcanvas.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.project.LoadedProject;

/**
 * Checks, before Up, that images which must not be pulled are on this machine. docker-compose v1
 * ignores {@code pull_policy: never} and asks the Engine to pull a missing image anyway; with no
 * registry reachable that ends in a network error that says nothing of the policy. Checking first
 * gives the user the real reason and keeps the promise of {@code never}.
 */
public final class LocalImages {

    private LocalImages() {
    }

    /** Whether an image is on this machine. */
    @FunctionalInterface
    public interface ImagePresence {
        boolean has(String image) throws RuntimeProblem;
    }

    /**
     * Fails, naming the first such service, when a service Up would start has {@code pull_policy:
     * never}, no {@code build:}, and an image that {@code present} says is not here.
     *
     * @param services the services asked for (empty for all); their dependencies start too
     */
    public static void requireNeverPulledImages(LoadedProject project, List<String> services,
            ImagePresence present) throws RuntimeProblem {
        YMap all = project.services();
        for (String service : withDependencies(all, services)) {
            if (!(all.find(service).orElse(null) instanceof YMap body) || body.has("build")) {
                continue;
            }
            String policy = body.text("pull_policy").orElse("").toLowerCase(Locale.ROOT);
            String image = body.text("image").orElse("");
            if (policy.equals("never") && !image.isEmpty() && !present.has(image)) {
                throw new RuntimeProblem("Service '" + service + "' uses image " + image + " with pull_policy: never,"
                        + " but that image is not on this machine. Build it, load it ('docker load -i FILE') or"
                        + " change pull_policy so Compose may pull it.", -1, "", List.of(), null, service);
            }
        }
    }

    /** The services asked for (all when none) and, transitively, what they depend on. */
    static Set<String> withDependencies(YMap all, List<String> services) {
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(services.isEmpty() ? all.keys() : services);
        while (!todo.isEmpty()) {
            String service = todo.removeFirst();
            if (!result.add(service) || !(all.find(service).orElse(null) instanceof YMap body)) {
                continue;
            }
            YValue dependsOn = body.find("depends_on").orElse(null);
            if (dependsOn instanceof YMap map) {
                todo.addAll(map.keys());
            } else if (dependsOn instanceof org.stackcanvas.document.YList list) {
                list.items().forEach(item -> {
                    if (item instanceof org.stackcanvas.document.YScalar scalar) {
                        todo.add(scalar.text());
                    }
                });
            }
        }
        return result;
    }
}

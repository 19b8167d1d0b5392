package org.stackcanvas.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.stackcanvas.document.YMap;
import org.stackcanvas.project.LoadedProject;

/**
 * Starts a Run action on a project: checks that the Engine answers, finds Compose, refuses file
 * features that Compose lacks (adapting what it can, see {@link ComposeCli#target}), checks that
 * Up will not need to pull a {@code pull_policy: never} image, then runs Compose with the action's arguments, or pulls the
 * services' images through the Engine (with progress per image). Nothing here writes a file.
 */
public final class StackActions {

    private final StackRuntime runtime;

    public StackActions(StackRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /**
     * @param project the project as saved (what Compose will read)
     * @param target  where Compose is pointed (project name, folder, files)
     * @param output  Compose's output lines, from other threads
     * @param pulls   each image's pull progress (Pull only), from other threads
     */
    public RunningTask start(RunRequest request, LoadedProject project, ComposeTarget target, ComposePaths paths,
            Consumer<String> output, Consumer<PullProgress> pulls) throws RuntimeProblem {
        runtime.ping();
        ComposeCli compose = runtime.compose(paths);
        ComposeTarget runnable = compose.target(project, target);
        if (request.action() == RunAction.PULL) {
            List<String> images = images(project, request.services());
            if (images.isEmpty()) {
                throw new RuntimeProblem("No service to pull has an 'image:'.");
            }
            return new ImagesPull(images, runtime::pull, pulls, output);
        }
        if (request.action() == RunAction.UP) {
            LocalImages.requireNeverPulledImages(project, request.services(), runtime::hasImage);
        }
        List<String> command = arguments(compose, request, runnable);
        output.accept("$ " + String.join(" ", command));
        return runtime.run(command, runnable, output);
    }

    /** The Compose command line of an action (Pull goes through the Engine instead). */
    public static List<String> arguments(ComposeCli compose, RunRequest request, ComposeTarget target) {
        List<String> services = request.services();
        return switch (request.action()) {
            case UP -> compose.upArguments(target, services);
            case STOP -> compose.stopArguments(target, services);
            case START -> compose.startArguments(target, services);
            case RESTART -> compose.restartArguments(target, services);
            case DOWN -> compose.downArguments(target, request.removeVolumes());
            case BUILD -> compose.buildArguments(target, services);
            case PULL -> compose.pullArguments(target, services);
        };
    }

    /** The distinct images of these services (all services when empty), in order. */
    public static List<String> images(LoadedProject project, List<String> services) {
        Set<String> images = new LinkedHashSet<>();
        for (String service : services.isEmpty() ? new ArrayList<>(project.services().keys()) : services) {
            image(project, service).ifPresent(images::add);
        }
        return List.copyOf(images);
    }

    /** The service's {@code image:}, interpolated. */
    public static Optional<String> image(LoadedProject project, String service) {
        return project.services().map(service).flatMap(body -> body.text("image")).filter(i -> !i.isBlank());
    }

    /** Whether the service has a {@code build:} section. */
    public static boolean builds(LoadedProject project, String service) {
        return project.services().map(service).map(body -> body.has("build")).orElse(false);
    }

    /** The services with {@code build:}, in order. */
    public static List<String> buildable(LoadedProject project) {
        YMap services = project.services();
        return services.keys().stream().filter(s -> builds(project, s)).toList();
    }
}

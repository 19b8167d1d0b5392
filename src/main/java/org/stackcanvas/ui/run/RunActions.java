package org.stackcanvas.ui.run;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.runtime.ComposePaths;
import org.stackcanvas.runtime.ComposeTarget;
import org.stackcanvas.runtime.PullProgress;
import org.stackcanvas.runtime.RunAction;
import org.stackcanvas.runtime.RunRequest;
import org.stackcanvas.runtime.RunningTask;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.runtime.StackActions;
import org.stackcanvas.runtime.StackRuntime;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;

/**
 * The Run actions of the editor: Up, Stop, Start, Restart, Down, Build and Pull on the open
 * project, one at a time. Before running, unsaved changes are saved (after asking), because
 * Compose runs the files on disk; an untitled project that is unchanged runs from its own folder.
 * The work happens off the JavaFX thread; the window sees it through {@link #stateProperty()},
 * the last output line, {@link #output()} and {@link #pulls()}, and can {@link #cancel()} it.
 * Running never writes a project file.
 */
public final class RunActions {

    /** Where the current or last action is. */
    public enum State { IDLE, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final RunHost host;
    private final StackActions actions;
    private final RunSettings settings;
    private final RunPrompts prompts;
    private final RunExecutor executor;
    private final RunOutput output = new RunOutput();
    private final RunFeed feed;
    private final ObservableList<PullProgress> pulls = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper action = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastLine = new ReadOnlyStringWrapper("");
    private final BooleanBinding running = Bindings.createBooleanBinding(() -> state.get() == State.RUNNING, state);
    private Runnable onFinished = () -> { };
    private volatile RunningTask task;
    private volatile boolean cancelRequested;

    public RunActions(RunHost host, StackRuntime runtime, RunSettings settings, RunPrompts prompts,
            RunExecutor executor) {
        this.host = Objects.requireNonNull(host, "host");
        this.actions = new StackActions(Objects.requireNonNull(runtime, "runtime"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.feed = new RunFeed(executor, this::showLines, this::showPulls);
    }

    // ---- the actions ----------------------------------------------------------------------------

    /** Up for every service. */
    public void up() {
        run(RunRequest.of(RunAction.UP, List.of()));
    }

    /** Up for the services selected on the canvas. */
    public void upSelected() {
        List<String> selected = selectedServices();
        if (selected.isEmpty()) {
            host.session().setStatus("Select the services to start on the canvas first");
            return;
        }
        run(RunRequest.of(RunAction.UP, selected));
    }

    public void stop() {
        run(RunRequest.of(RunAction.STOP, List.of()));
    }

    public void start() {
        run(RunRequest.of(RunAction.START, List.of()));
    }

    public void restart() {
        run(RunRequest.of(RunAction.RESTART, List.of()));
    }

    /** Down, after asking whether named volumes go too. */
    public void down() {
        run(RunRequest.down(false));
    }

    /** Build every service that has {@code build:}. */
    public void build() {
        if (StackActions.buildable(host.session().snapshot().project()).isEmpty()) {
            host.session().setStatus("No service has a 'build:' section to build");
            return;
        }
        run(RunRequest.of(RunAction.BUILD, List.of()));
    }

    /** Pull every service's image, with a progress bar per image. */
    public void pull() {
        run(RunRequest.of(RunAction.PULL, List.of()));
    }

    /**
     * One action for some services (the node menu). Build and Pull keep only the services that have
     * {@code build:} or {@code image:}.
     */
    public void run(RunAction what, List<String> services) {
        LoadedProject project = host.session().snapshot().project();
        List<String> chosen = switch (what) {
            case BUILD -> services.stream().filter(s -> StackActions.builds(project, s)).toList();
            case PULL -> services.stream().filter(s -> StackActions.image(project, s).isPresent()).toList();
            default -> services;
        };
        if (chosen.isEmpty() && !services.isEmpty()) {
            host.session().setStatus(what.title() + ": none of these services has "
                    + (what == RunAction.BUILD ? "'build:'" : "'image:'"));
            return;
        }
        run(what == RunAction.DOWN ? RunRequest.down(false) : RunRequest.of(what, chosen));
    }

    /** Ends the running action (Compose's whole process tree, or the pull). */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        cancelRequested = true;
        lastLine.set("Cancelling\u2026");
        RunningTask current = task;
        if (current != null) {
            executor.aside(current::cancel);
        }
    }

    /** Edits the project name override and the program paths. */
    public void editSettings() {
        EditorSession session = host.session();
        LoadedProject project = session.snapshot().project();
        ComposePaths paths = settings.paths();
        RunPrompts.SettingsForm current = new RunPrompts.SettingsForm(
                settings.projectName(project.directory()).orElse(""), shownPath(paths.docker(), "docker"),
                shownPath(paths.dockerCompose(), "docker-compose"));
        prompts.editSettings(current, project.name()).ifPresent(form -> {
            try {
                settings.setProjectName(project.directory(), form.projectName());
                settings.setPaths(new ComposePaths(form.docker(), form.dockerCompose()));
                session.setStatus("Run settings saved: project name '" + projectName(project) + "'");
                onFinished.run(); // the live status follows the project name chosen
            } catch (IllegalArgumentException e) {
                prompts.failure("Run settings not saved", e.getMessage(), "");
            }
        });
    }

    private static String shownPath(String value, String defaultValue) {
        return value.equals(defaultValue) ? "" : value;
    }

    /** Called on the JavaFX thread after every action, whatever its outcome (e.g. to refresh the status). */
    public void setOnFinished(Runnable hook) {
        this.onFinished = Objects.requireNonNull(hook, "hook");
    }

    // ---- what the window shows ------------------------------------------------------------------

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True while an action runs: the other actions wait, Cancel is possible. */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** The current or last action in words ("Up web"). */
    public ReadOnlyStringProperty actionProperty() {
        return action.getReadOnlyProperty();
    }

    /** The last line Compose wrote, or how the action ended. */
    public ReadOnlyStringProperty lastLineProperty() {
        return lastLine.getReadOnlyProperty();
    }

    public RunOutput output() {
        return output;
    }

    /** One entry per image of the current or last Pull. */
    public ObservableList<PullProgress> pulls() {
        return pulls;
    }

    /** The services selected on the canvas, in the project's order. */
    public List<String> selectedServices() {
        EditorSession session = host.session();
        List<String> selected = session.selection().stream().filter(r -> r.kind() == ElementRef.Kind.SERVICE)
                .map(ElementRef::name).toList();
        return session.snapshot().model().services().keySet().stream().filter(selected::contains).toList();
    }

    /** The project name Compose is given: the override from the settings, else the project's. */
    public String projectName(LoadedProject project) {
        return settings.projectName(project.directory()).orElse(project.name());
    }

    // ---- running --------------------------------------------------------------------------------

    private void run(RunRequest request) {
        if (state.get() == State.RUNNING) {
            return;
        }
        host.flushEdits();
        EditorSession session = host.session();
        if (session.errorProperty().get() != null) {
            prompts.failure(request.action().title() + " not started", "The compose file has an error; fix it"
                    + " first:\n" + session.errorProperty().get().describe(), "");
            return;
        }
        RunRequest chosen = request;
        if (request.action() == RunAction.DOWN) {
            RunPrompts.DownChoice choice = prompts.down(projectName(session.snapshot().project()));
            if (choice == RunPrompts.DownChoice.CANCEL) {
                return;
            }
            chosen = RunRequest.down(choice == RunPrompts.DownChoice.CONTAINERS_AND_VOLUMES);
        }
        if (session.dirtyProperty().get()) {
            if (!prompts.saveBeforeRun(session.snapshot().project().name(), session.isUntitled()) || !host.save()) {
                return;
            }
            session = host.session(); // Save As opens the saved copy in a new session
            if (session.dirtyProperty().get()) {
                return;
            }
        }
        launch(chosen, session.snapshot().project());
    }

    private void launch(RunRequest request, LoadedProject project) {
        ComposeTarget target = new ComposeTarget(projectName(project), project.directory(), project.composeFiles());
        ComposePaths paths = settings.paths();
        cancelRequested = false;
        state.set(State.RUNNING);
        action.set(request.describe());
        lastLine.set("Starting\u2026");
        if (request.action() == RunAction.PULL) {
            pulls.clear();
        }
        output.begin(request.describe() + " \u2014 project " + target.projectName() + " \u2014 "
                + LocalTime.now().format(CLOCK));
        long started = System.nanoTime();
        executor.work(() -> {
            RuntimeProblem problem = null;
            try {
                RunningTask startedTask = actions.start(request, project, target, paths, feed::line, feed::pull);
                task = startedTask;
                if (cancelRequested) {
                    startedTask.cancel();
                }
                startedTask.await();
            } catch (RuntimeProblem p) {
                problem = p;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problem = new RuntimeProblem("Interrupted");
            } finally {
                task = null;
            }
            RuntimeProblem failure = problem;
            feed.flushThen(() -> finished(request, failure, System.nanoTime() - started));
        });
    }

    private void finished(RunRequest request, RuntimeProblem problem, long nanos) {
        String took = String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
        EditorSession session = host.session();
        if (problem == null) {
            state.set(State.SUCCEEDED);
            lastLine.set("Finished in " + took);
            output.append(List.of("\u2714 " + request.describe() + " finished in " + took));
            session.setStatus(request.describe() + " finished");
        } else if (cancelRequested) {
            state.set(State.CANCELLED);
            lastLine.set("Cancelled after " + took);
            output.append(List.of("\u2716 " + request.describe() + " cancelled"));
            session.setStatus(request.describe() + " cancelled");
        } else {
            state.set(State.FAILED);
            lastLine.set(headline(problem.getMessage()));
            output.append(List.of("\u2716 " + request.describe() + " failed: " + problem.getMessage()));
            session.setStatus(request.describe() + " failed");
            problem.failedService().filter(s -> session.snapshot().model().services().containsKey(s))
                    .ifPresent(s -> session.selection().setAll(ElementRef.service(s)));
        }
        onFinished.run();
        if (state.get() == State.FAILED) {
            prompts.failure(request.describe() + " failed", problem.getMessage(), output.actionText());
        }
    }

    /** The line of a failure that says most: Compose's last ERROR line, else the first line. */
    static String headline(String message) {
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("ERROR") || lines.get(i).startsWith("Error")) {
                return lines.get(i);
            }
        }
        return lines.isEmpty() ? "" : lines.get(0);
    }

    private void showLines(List<String> lines) {
        output.append(lines);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && state.get() == State.RUNNING && !cancelRequested) {
                lastLine.set(lines.get(i).strip());
                break;
            }
        }
    }

    private void showPulls(List<PullProgress> progress) {
        for (PullProgress p : progress) {
            int at = indexOf(p.image());
            if (at < 0) {
                pulls.add(p);
            } else {
                pulls.set(at, p);
            }
        }
    }

    private int indexOf(String image) {
        for (int i = 0; i < pulls.size(); i++) {
            if (pulls.get(i).image().equals(image)) {
                return i;
            }
        }
        return -1;
    }
}

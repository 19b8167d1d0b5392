package org.stackcanvas.ui.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.stackcanvas.runtime.ComposeCli;
import org.stackcanvas.runtime.ComposeTarget;
import org.stackcanvas.runtime.ComposePaths;
import org.stackcanvas.runtime.PullProgress;
import org.stackcanvas.runtime.RunningTask;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.runtime.StackRuntime;

/**
 * A runtime without Docker: records the Compose commands it is asked to run and answers with
 * scripted tasks; pulls are scripted per image.
 */
public final class FakeRuntime implements StackRuntime {

    public ComposeCli compose = ComposeCli.v1("docker-compose");
    public RuntimeProblem pingProblem;
    public final List<List<String>> commands = new CopyOnWriteArrayList<>();
    /** Images the fake Engine does not have. */
    public final java.util.Set<String> missingImages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    public final List<ComposePaths> pathsAsked = new CopyOnWriteArrayList<>();
    public final List<String> pulled = new CopyOnWriteArrayList<>();
    /** The task each command gets; succeeds at once with one output line unless changed. */
    public Function<List<String>, FakeTask> tasks = command -> FakeTask.succeeding("done");
    /** The task each pull gets; by default it reports 50 % then finishes. */
    public BiFunction<String, Consumer<PullProgress>, FakeTask> pulls = (image, progress) -> {
        FakeTask task = FakeTask.succeeding();
        task.progress = List.of(new PullProgress(image, PullProgress.State.PULLING, 0.5, "Downloading"));
        task.progressSink = progress;
        return task;
    };

    @Override
    public void ping() throws RuntimeProblem {
        if (pingProblem != null) {
            throw pingProblem;
        }
    }

    @Override
    public ComposeCli compose(ComposePaths paths) {
        pathsAsked.add(paths);
        return compose;
    }

    @Override
    public RunningTask run(List<String> command, ComposeTarget target, Consumer<String> output) {
        commands.add(List.copyOf(command));
        FakeTask task = tasks.apply(command);
        task.output = output;
        return task;
    }

    @Override
    public boolean hasImage(String image) {
        return !missingImages.contains(image);
    }

    @Override
    public RunningTask pull(String image, Consumer<PullProgress> progress) {
        pulled.add(image);
        FakeTask task = pulls.apply(image, progress);
        task.progressSink = progress;
        return task;
    }

    /** The last command's arguments after the program, project name, directory and files. */
    public List<String> lastVerb() {
        List<String> command = commands.get(commands.size() - 1);
        List<String> rest = new ArrayList<>(command);
        int lastFile = rest.lastIndexOf("-f");
        return rest.subList(lastFile + 2, rest.size());
    }

    /** A scripted run: writes its lines, optionally waits to be released or cancelled, then ends as told. */
    public static final class FakeTask implements RunningTask {
        public List<String> lines = List.of();
        public List<PullProgress> progress = List.of();
        public RuntimeProblem failure;
        public CountDownLatch release;
        public volatile boolean cancelled;
        public final CountDownLatch started = new CountDownLatch(1);
        Consumer<String> output = line -> { };
        Consumer<PullProgress> progressSink = p -> { };

        public static FakeTask succeeding(String... lines) {
            FakeTask task = new FakeTask();
            task.lines = List.of(lines);
            return task;
        }

        public static FakeTask failing(RuntimeProblem problem, String... lines) {
            FakeTask task = succeeding(lines);
            task.failure = problem;
            return task;
        }

        /** Blocks in await() until cancelled or released. */
        public static FakeTask blocking(String... lines) {
            FakeTask task = succeeding(lines);
            task.release = new CountDownLatch(1);
            return task;
        }

        @Override
        public void cancel() {
            cancelled = true;
            if (release != null) {
                release.countDown();
            }
        }

        @Override
        public void await() throws RuntimeProblem, InterruptedException {
            lines.forEach(output);
            progress.forEach(progressSink);
            started.countDown();
            if (release != null) {
                release.await();
            }
            if (cancelled) {
                throw new RuntimeProblem("Cancelled");
            }
            if (failure != null) {
                throw failure;
            }
        }
    }
}

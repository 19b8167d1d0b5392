package org.stackcanvas.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The real Engine and Compose. Compose is found once per pair of program paths (finding it runs
 * {@code docker compose version}, which takes a moment) and found again when the paths change.
 */
public final class LocalRuntime implements StackRuntime {

    private final EngineClient engine;
    private ComposePaths detectedFor;
    private ComposeCli detected;

    public LocalRuntime(EngineClient engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public void ping() throws RuntimeProblem {
        engine.ping();
    }

    @Override
    public synchronized ComposeCli compose(ComposePaths paths) throws RuntimeProblem {
        if (detected == null || !paths.equals(detectedFor)) {
            detected = ComposeCli.detect(paths.docker(), paths.dockerCompose());
            detectedFor = paths;
        }
        return detected;
    }

    @Override
    public RunningTask run(List<String> command, ComposeTarget target, Consumer<String> output)
            throws RuntimeProblem {
        return RunningTask.of(ComposeCli.run(target, command, output));
    }

    @Override
    public boolean hasImage(String image) throws RuntimeProblem {
        return engine.hasImage(image);
    }

    @Override
    public RunningTask pull(String image, Consumer<PullProgress> progress) throws RuntimeProblem {
        return engine.pull(image, progress);
    }
}

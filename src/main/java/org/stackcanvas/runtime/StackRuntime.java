package org.stackcanvas.runtime;

import java.util.List;
import java.util.function.Consumer;

/**
 * What Run actions need from the machine: the Docker Engine, the Compose program, a way to run it
 * and to pull images. {@link LocalRuntime} is the real one; the editor's tests give their own.
 */
public interface StackRuntime {

    /** Succeeds when the Engine answers; else a problem saying why and what to do. */
    void ping() throws RuntimeProblem;

    /** The Compose to run with these program paths; else a problem saying how to install it. */
    ComposeCli compose(ComposePaths paths) throws RuntimeProblem;

    /**
     * Starts a Compose command (program first) built for {@code target}: in its folder, with its
     * standard input text if any; output lines go to {@code output}.
     */
    RunningTask run(List<String> command, ComposeTarget target, Consumer<String> output) throws RuntimeProblem;

    /** Whether the Engine has this image (never pulls). */
    boolean hasImage(String image) throws RuntimeProblem;

    /** Starts pulling an image, its progress going to {@code progress}. */
    RunningTask pull(String image, Consumer<PullProgress> progress) throws RuntimeProblem;
}

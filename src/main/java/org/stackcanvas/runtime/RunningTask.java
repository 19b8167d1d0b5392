package org.stackcanvas.runtime;

import java.util.Objects;

/** A started Run action: Compose running, or images being pulled. */
public interface RunningTask {

    /** Ends the work (and every process it started). Safe from any thread, more than once. */
    void cancel();

    /** Waits for the end; throws with the user's message when it failed or was cancelled. */
    void await() throws RuntimeProblem, InterruptedException;

    /** A Compose command as a task. */
    static RunningTask of(ComposeRun run) {
        Objects.requireNonNull(run, "run");
        return new RunningTask() {
            @Override
            public void cancel() {
                run.cancel();
            }

            @Override
            public void await() throws RuntimeProblem, InterruptedException {
                run.await();
            }
        };
    }
}

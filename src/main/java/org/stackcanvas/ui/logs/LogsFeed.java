package org.stackcanvas.ui.logs;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.runtime.LogBuffer;
import org.stackcanvas.runtime.LogFollower;
import org.stackcanvas.runtime.LogSource;
import org.stackcanvas.runtime.RuntimeProblem;
import org.stackcanvas.runtime.ServiceStatus;

/**
 * Connects the Logs tab to the Engine off the JavaFX thread: status snapshots go to the log
 * follower on a worker thread (attaching to a container is a request to the Engine), and what the
 * view shows about them goes back to the JavaFX thread.
 */
final class LogsFeed implements AutoCloseable {

    /** The project's services with their containers, as the Engine reports them now. */
    @FunctionalInterface
    interface StatusQuery {
        List<ServiceStatus> status(LoadedProject project) throws RuntimeProblem;
    }

    private final StatusQuery query;
    private final LogFollower follower;
    private final Consumer<List<ServiceStatus>> onStatuses;
    private final Consumer<String> onProblem;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stackcanvas-logs");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param onStatuses told each snapshot, on the JavaFX thread
     * @param onProblem  told why the Engine could not be asked (null once it answers), on the JavaFX thread
     */
    LogsFeed(LogSource source, StatusQuery query, LogBuffer buffer, Consumer<List<ServiceStatus>> onStatuses,
            Consumer<String> onProblem) {
        this.query = Objects.requireNonNull(query, "query");
        this.follower = new LogFollower(source, buffer::append, LogFollower.DEFAULT_TAIL);
        this.onStatuses = Objects.requireNonNull(onStatuses, "onStatuses");
        this.onProblem = Objects.requireNonNull(onProblem, "onProblem");
    }

    /** Follows the containers of this snapshot; from any thread. */
    void update(List<ServiceStatus> statuses) {
        List<ServiceStatus> copy = List.copyOf(statuses);
        submit(() -> follow(copy));
    }

    /** Asks the Engine once for the project's containers and follows them. */
    void refresh(LoadedProject project) {
        submit(() -> {
            try {
                follow(query.status(project));
            } catch (RuntimeProblem problem) {
                Platform.runLater(() -> onProblem.accept(problem.getMessage()));
            }
        });
    }

    private void follow(List<ServiceStatus> statuses) {
        follower.update(statuses);
        Platform.runLater(() -> {
            onProblem.accept(null);
            onStatuses.accept(statuses);
        });
    }

    private void submit(Runnable task) {
        try {
            worker.execute(task);
        } catch (RejectedExecutionException closed) {
            // Closed: the view is gone.
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        follower.close();
    }
}

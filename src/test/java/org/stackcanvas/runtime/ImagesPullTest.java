package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ImagesPullTest {

    private final List<PullProgress> progress = new CopyOnWriteArrayList<>();
    private final List<String> output = new CopyOnWriteArrayList<>();

    private static RunningTask finished(RuntimeProblem failure) {
        return new RunningTask() {
            @Override
            public void cancel() {
            }

            @Override
            public void await() throws RuntimeProblem {
                if (failure != null) {
                    throw failure;
                }
            }
        };
    }

    @Test
    void everyImageIsWaitingAtOnceThenPulledInTurn() throws Exception {
        List<String> pulled = new CopyOnWriteArrayList<>();
        ImagesPull pull = new ImagesPull(List.of("redis:7", "nginx:1.27"), (image, sink) -> {
            pulled.add(image);
            sink.accept(new PullProgress(image, PullProgress.State.PULLING, 0.5, "Downloading"));
            return finished(null);
        }, progress::add, output::add);
        assertThat(progress).extracting(PullProgress::state)
                .containsExactly(PullProgress.State.WAITING, PullProgress.State.WAITING);
        pull.await();
        assertThat(pulled).containsExactly("redis:7", "nginx:1.27");
        assertThat(progress).filteredOn(p -> p.state() == PullProgress.State.DONE).extracting(PullProgress::image)
                .containsExactly("redis:7", "nginx:1.27");
        assertThat(output).contains("Pulled redis:7", "Pulled nginx:1.27");
    }

    @Test
    void oneFailingImageDoesNotStopTheOthersAndEachFailureIsNamed() {
        ImagesPull pull = new ImagesPull(List.of("redis:7", "nginx:1.27", "busybox:1"), (image, sink) ->
                finished(image.equals("busybox:1") ? null : new RuntimeProblem(PullFailures.describe(image,
                        "dial tcp: lookup registry-1.docker.io: no such host"))), progress::add, output::add);
        assertThatThrownBy(pull::await).isInstanceOf(RuntimeProblem.class)
                .hasMessageStartingWith("Could not pull 2 of 3 images:")
                .hasMessageContaining("\n  redis:7: could not reach registry-1.docker.io")
                .hasMessageContaining("\n  nginx:1.27: could not reach registry-1.docker.io");
        assertThat(progress).filteredOn(p -> p.state() == PullProgress.State.FAILED).extracting(PullProgress::status)
                .allMatch(s -> s.contains("docker load"));
        assertThat(progress).filteredOn(p -> p.state() == PullProgress.State.DONE).extracting(PullProgress::image)
                .containsExactly("busybox:1");
    }

    @Test
    void cancelEndsThePullRunningNowAndSkipsTheRest() {
        List<String> pulled = new CopyOnWriteArrayList<>();
        ImagesPull[] self = new ImagesPull[1];
        boolean[] cancelled = new boolean[1];
        self[0] = new ImagesPull(List.of("redis:7", "nginx:1.27"), (image, sink) -> {
            pulled.add(image);
            return new RunningTask() {
                @Override
                public void cancel() {
                    cancelled[0] = true;
                }

                @Override
                public void await() throws RuntimeProblem {
                    self[0].cancel(); // the user cancels while this image downloads
                    throw new RuntimeProblem("Cancelled: pull " + image);
                }
            };
        }, progress::add, output::add);
        assertThatThrownBy(self[0]::await).hasMessageStartingWith("Cancelled");
        assertThat(cancelled[0]).isTrue();
        assertThat(pulled).containsExactly("redis:7");
        assertThat(progress).noneMatch(p -> p.state() == PullProgress.State.FAILED);
    }
}

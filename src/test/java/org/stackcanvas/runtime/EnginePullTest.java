package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.PullResponseItem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The Engine's pull stream as docker-java delivers it (items read from the Engine's JSON), without
 * an Engine: progress per image, an error in the stream, a failed request, and cancel.
 */
class EnginePullTest {

    private final ObjectMapper json = new ObjectMapper();
    private final List<PullProgress> progress = new CopyOnWriteArrayList<>();

    private PullResponseItem item(String text) throws Exception {
        return json.readValue(text, PullResponseItem.class);
    }

    private EnginePull pull(String image) {
        return new EnginePull(image, progress::add, Throwable::getMessage);
    }

    @Test
    void layerMessagesBecomeTheImagesProgress() throws Exception {
        EnginePull pull = pull("redis:7");
        pull.onNext(item("{\"status\":\"Pulling from library/redis\",\"id\":\"7\"}"));
        pull.onNext(item("{\"status\":\"Pulling fs layer\",\"progressDetail\":{},\"id\":\"a1\"}"));
        pull.onNext(item("{\"status\":\"Downloading\",\"progressDetail\":{\"current\":250,\"total\":1000},"
                + "\"progress\":\"[=>  ]\",\"id\":\"a1\"}"));
        pull.onNext(item("{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"a1\"}"));
        pull.onComplete();
        pull.await();
        assertThat(progress).extracting(PullProgress::fraction).containsExactly(-1.0, -1.0, 0.2, 1.0);
        assertThat(progress).last().extracting(PullProgress::status).isEqualTo("Pull complete");
    }

    @Test
    void anErrorInTheStreamFailsThePullWithWhatToDo() throws Exception {
        EnginePull pull = pull("redis:7");
        pull.onNext(item("{\"errorDetail\":{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial tcp:"
                + " lookup registry-1.docker.io: no such host\"},\"error\":\"Get ...\"}"));
        pull.onComplete();
        assertThatThrownBy(pull::await).isInstanceOf(RuntimeProblem.class)
                .hasMessageStartingWith("could not reach registry-1.docker.io to pull redis:7")
                .hasMessageEndingWith("pre-load the image with 'docker load'");
    }

    @Test
    void aFailedRequestFailsThePull() {
        EnginePull pull = pull("ghcr.io/org/app:1");
        pull.onError(new RuntimeException("Status 500: Get \"https://ghcr.io/v2/\": dial tcp 1.2.3.4:443: i/o timeout"));
        assertThatThrownBy(pull::await).hasMessageStartingWith("could not reach ghcr.io to pull ghcr.io/org/app:1");
    }

    @Test
    void cancelEndsTheWaitWithoutAFailureMessage() {
        EnginePull pull = pull("redis:7");
        pull.cancel();
        pull.onError(new RuntimeException("stream closed"));
        assertThatThrownBy(pull::await).hasMessageStartingWith("Cancelled");
    }
}

package org.stackcanvas.runtime;

import java.util.Objects;

/**
 * How far the pull of one image is.
 *
 * @param image    the image as the compose file names it
 * @param state    waiting, pulling, done or failed
 * @param fraction 0..1 of the bytes, or -1 while unknown (no layer size reported yet)
 * @param status   the Engine's last words ("Downloading", "Pull complete"), or why it failed
 */
public record PullProgress(String image, State state, double fraction, String status) {

    public enum State { WAITING, PULLING, DONE, FAILED }

    public PullProgress {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(status, "status");
    }

    public static PullProgress waiting(String image) {
        return new PullProgress(image, State.WAITING, 0, "Waiting");
    }

    public static PullProgress done(String image) {
        return new PullProgress(image, State.DONE, 1, "Pulled");
    }

    public static PullProgress failed(String image, String why) {
        return new PullProgress(image, State.FAILED, 0, why);
    }
}

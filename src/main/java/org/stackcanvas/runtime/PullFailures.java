package org.stackcanvas.runtime;

import java.util.List;
import java.util.Locale;

/** What a failed pull tells the user: which registry, why, and what to do about it. */
public final class PullFailures {

    private static final List<String> UNREACHABLE = List.of("dial tcp", "no such host", "i/o timeout",
            "connection refused", "network is unreachable", "tls handshake timeout", "timeout exceeded",
            "request canceled while waiting for connection", "temporary failure in name resolution",
            "server misbehaving", "connection reset", "no route to host");
    private static final List<String> NOT_FOUND = List.of("manifest unknown", "not found", "pull access denied",
            "repository does not exist", "unauthorized");

    private PullFailures() {
    }

    /** One sentence for the image: the Engine's words ({@code engineMessage}) kept in brackets. */
    public static String describe(String image, String engineMessage) {
        String said = engineMessage == null ? "" : engineMessage.strip();
        String lower = said.toLowerCase(Locale.ROOT);
        String registry = ImageRefs.registry(image);
        if (UNREACHABLE.stream().anyMatch(lower::contains)) {
            return "could not reach " + registry + " to pull " + image + " (" + said + "): check the network or"
                    + " pre-load the image with 'docker load'";
        }
        if (NOT_FOUND.stream().anyMatch(lower::contains)) {
            return image + " was not found on " + registry + ", or the registry needs 'docker login' (" + said + ")";
        }
        return "could not pull " + image + (said.isEmpty() ? "" : ": " + said);
    }
}

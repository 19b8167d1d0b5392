package org.stackcanvas.runtime;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether the Docker Engine answers: its version when it does, else the message saying why not and
 * what to do ({@link EngineClient}'s words).
 *
 * @param host    where the Engine is expected ({@code unix:///var/run/docker.sock}, {@code tcp://...})
 * @param version the Engine's version; null when not reachable
 * @param problem why the Engine is not reachable; null when it is
 */
public record EngineState(String host, EngineClient.EngineVersion version, String problem) {

    public EngineState {
        Objects.requireNonNull(host, "host");
        if ((version == null) == (problem == null)) {
            throw new IllegalArgumentException("either a version or a problem");
        }
    }

    public static EngineState reachable(String host, EngineClient.EngineVersion version) {
        return new EngineState(host, Objects.requireNonNull(version, "version"), null);
    }

    public static EngineState unreachable(String host, String problem) {
        return new EngineState(host, null, Objects.requireNonNull(problem, "problem"));
    }

    public boolean isReachable() {
        return version != null;
    }

    public Optional<EngineClient.EngineVersion> engineVersion() {
        return Optional.ofNullable(version);
    }

    public Optional<String> problemMessage() {
        return Optional.ofNullable(problem);
    }
}

package org.stackcanvas.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of the benchmark table: our samples, optionally a peer's measured in the same run, and
 * the target; or the reason the figure could not be taken.
 */
public record Figure(String name, Samples ours, String peerName, Samples peer, Target target, String skipped) {

    public Figure {
        Objects.requireNonNull(name, "name");
        if (skipped == null) {
            Objects.requireNonNull(ours, "ours");
        }
    }

    public static Figure of(String name, Samples ours, Target target) {
        return new Figure(name, ours, null, null, target, null);
    }

    public static Figure against(String name, Samples ours, String peerName, Samples peer, Target target) {
        return new Figure(name, ours, peerName, peer, target, null);
    }

    public static Figure skipped(String name, String reason) {
        return new Figure(name, null, null, null, null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isSkipped() {
        return skipped != null;
    }

    /** The ratio the target judges (or ours/peer without a target), when there is a peer. */
    public Optional<Double> ratio() {
        if (isSkipped() || peer == null) {
            return Optional.empty();
        }
        Target.Kind kind = target == null ? Target.Kind.AT_MOST_TIMES : target.kind();
        return Optional.of(Target.ratio(kind, ours.median(), peer.median()));
    }

    /** PASS or MISS against the target; empty when the figure has none or was not taken. */
    public Optional<Boolean> met() {
        if (isSkipped() || target == null || (target.kind() != Target.Kind.AT_MOST && peer == null)) {
            return Optional.empty();
        }
        return Optional.of(target.met(ours.median(), peer == null ? 0 : peer.median()));
    }
}

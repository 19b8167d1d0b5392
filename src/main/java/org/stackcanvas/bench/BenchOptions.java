package org.stackcanvas.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How a benchmark run goes: the stack sizes, warm-up (at least so many runs and so long) and
 * measured repetitions, the folder the
 * generated stacks are written to, the peers to run (a dclint executable, the corpus folder), and
 * whether whole-process and UI figures are taken.
 */
public record BenchOptions(List<Integer> sizes, int warmups, long warmupMillis, int repetitions, Path workDirectory,
        Path dclint, Path corpus, boolean processes, boolean ui) {

    /** The size the edit, save, process and UI figures use when it is among the sizes. */
    public static final int EDIT_SIZE = 1000;

    public BenchOptions {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(workDirectory, "workDirectory");
        if (sizes.isEmpty() || warmups < 0 || warmupMillis < 0 || repetitions < 1) {
            throw new IllegalArgumentException("a run needs a size and at least one repetition");
        }
    }

    /** The size for the one-size figures: 1000 when it is run, else the largest size run. */
    public int editSize() {
        return sizes.contains(EDIT_SIZE) ? EDIT_SIZE : sizes.stream().max(Integer::compare).orElseThrow();
    }

    /** Fewer repetitions for big stacks, so a full run stays within minutes. */
    public int repetitionsFor(int services) {
        return services >= 5000 ? Math.max(3, repetitions / 3) : repetitions;
    }
}

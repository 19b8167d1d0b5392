package org.stackcanvas.bench;

/** Times an action after warming it up. */
final class Stopwatch {

    interface Action {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    /**
     * Warm-up runs until both {@code warmups} runs and {@code warmupMillis} have passed: a few runs
     * of a big stack are not enough for the JIT compiler to finish with the code they use.
     */
    static Samples time(int warmups, long warmupMillis, int repetitions, Action action) throws Exception {
        long until = System.nanoTime() + warmupMillis * 1_000_000L;
        for (int i = 0; i < warmups || System.nanoTime() < until; i++) {
            action.run();
        }
        long[] nanos = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - start;
        }
        return Samples.millis(nanos);
    }
}

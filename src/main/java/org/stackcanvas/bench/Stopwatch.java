package org.stackcanvas.bench;

/** Times an action after warming it up. */
final class Stopwatch {

    interface Action {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    static Samples time(int warmups, int repetitions, Action action) throws Exception {
        for (int i = 0; i < warmups; i++) {
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

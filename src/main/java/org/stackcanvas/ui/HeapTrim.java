package org.stackcanvas.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;

/**
 * Gives back the memory that opening a project took but no longer needs. The jar starts with the
 * JVM's defaults: G1 with a maximum heap of a quarter of the machine, which keeps whatever it grew
 * to while loading (800 MB resident after opening 1000 services, of which under 200 MB is live).
 * HotSpot's manageable flags change that at run time: keep at most a tenth of the heap free (an idle
 * editor needs little room, and G1 grows the heap again as soon as editing needs it), and
 * let an idle editor run a concurrent collection, which gives the rest back to the system without
 * a stop-the-world pause. Soon after a project opens the idle interval is short, then it relaxes.
 */
final class HeapTrim {

    private static final Map<String, String> RATIOS = Map.of("MinHeapFreeRatio", "5", "MaxHeapFreeRatio", "10");
    private static final Duration SOON = Duration.ofSeconds(3);
    private static final Duration SETTLED = Duration.ofSeconds(60);
    private static final Duration SOON_FOR = Duration.ofSeconds(30);

    private HeapTrim() {
    }

    /** After a project is shown: trim soon, then only when the editor idles for a minute. */
    static void afterOpen() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (vm == null || !set(vm, "MinHeapFreeRatio", RATIOS.get("MinHeapFreeRatio"))
                || !set(vm, "MaxHeapFreeRatio", RATIOS.get("MaxHeapFreeRatio"))) {
            return; // not HotSpot, or another collector: nothing to tune
        }
        if (!set(vm, "G1PeriodicGCInterval", Long.toString(SOON.toMillis()))) {
            return;
        }
        Thread relax = new Thread(() -> {
            try {
                Thread.sleep(SOON_FOR.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            set(vm, "G1PeriodicGCInterval", Long.toString(SETTLED.toMillis()));
        }, "stackcanvas-heap-trim");
        relax.setDaemon(true);
        relax.start();
    }

    private static boolean set(HotSpotDiagnosticMXBean vm, String flag, String value) {
        try {
            vm.setVMOption(flag, value);
            return true;
        } catch (IllegalArgumentException | SecurityException e) {
            return false; // the flag is missing or not manageable on this JVM
        }
    }
}

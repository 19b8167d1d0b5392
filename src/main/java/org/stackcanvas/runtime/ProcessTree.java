package org.stackcanvas.runtime;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and everything it started (Compose v1 forks; plugins run as children). */
final class ProcessTree {

    private ProcessTree() {
    }

    static void destroy(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}

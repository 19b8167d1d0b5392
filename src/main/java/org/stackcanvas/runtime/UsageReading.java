package org.stackcanvas.runtime;

import com.github.dockerjava.api.model.CpuStatsConfig;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.StatsConfig;
import com.github.dockerjava.api.model.Statistics;

/** One container's CPU and memory from an Engine stats sample, computed as {@code docker stats} does. */
final class UsageReading {

    private UsageReading() {
    }

    static ServiceUsage of(String service, Statistics stats) {
        return new ServiceUsage(service, 1, cpuPercent(stats.getCpuStats(), stats.getPreCpuStats()),
                memoryUsed(stats.getMemoryStats()), memoryLimit(stats.getMemoryStats()));
    }

    /** CPU delta / system delta × online CPUs × 100, 0 when either delta is not positive. */
    static double cpuPercent(CpuStatsConfig now, CpuStatsConfig before) {
        if (now == null || before == null || now.getCpuUsage() == null || before.getCpuUsage() == null) {
            return 0;
        }
        return cpuPercent(value(now.getCpuUsage().getTotalUsage()), value(before.getCpuUsage().getTotalUsage()),
                value(now.getSystemCpuUsage()), value(before.getSystemCpuUsage()), onlineCpus(now));
    }

    static double cpuPercent(long cpuNow, long cpuBefore, long systemNow, long systemBefore, long onlineCpus) {
        double cpuDelta = cpuNow - cpuBefore;
        double systemDelta = systemNow - systemBefore;
        if (cpuDelta <= 0 || systemDelta <= 0) {
            return 0;
        }
        return cpuDelta / systemDelta * Math.max(1, onlineCpus) * 100.0;
    }

    private static long onlineCpus(CpuStatsConfig now) {
        long online = value(now.getOnlineCpus());
        if (online == 0 && now.getCpuUsage().getPercpuUsage() != null) {
            online = now.getCpuUsage().getPercpuUsage().size();
        }
        return online;
    }

    /**
     * Usage without the inactive page cache, like {@code docker stats}: {@code total_inactive_file}
     * on cgroup v1, {@code inactive_file} on v2.
     */
    static long memoryUsed(MemoryStatsConfig memory) {
        if (memory == null) {
            return 0;
        }
        long usage = value(memory.getUsage());
        StatsConfig stats = memory.getStats();
        if (stats == null) {
            return usage;
        }
        long inactive = stats.getTotalInactiveFile() != null ? value(stats.getTotalInactiveFile())
                : value(stats.getInactiveFile());
        return inactive < usage ? usage - inactive : usage;
    }

    private static long memoryLimit(MemoryStatsConfig memory) {
        return memory == null ? 0 : value(memory.getLimit());
    }

    private static long value(Long value) {
        return value == null ? 0 : value;
    }
}

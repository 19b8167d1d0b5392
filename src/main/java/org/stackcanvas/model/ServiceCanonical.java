package org.stackcanvas.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stackcanvas.model.PlainData.Obj;

/**
 * One service in the canonical long syntax. Keys come in the order compose-go's service type
 * declares them, which is the order {@code docker compose config} prints; attributes the model
 * keeps untyped take their place in that order when Compose knows them and follow otherwise.
 */
final class ServiceCanonical {

    private static final List<String> ORDER = List.of("profiles", "annotations", "attach", "build", "develop",
            "blkio_config", "cap_add", "cap_drop", "cgroup_parent", "cgroup", "cpu_count", "cpu_percent",
            "cpu_period", "cpu_quota", "cpu_rt_period", "cpu_rt_runtime", "cpus", "cpuset", "cpu_shares", "command",
            "configs", "container_name", "credential_spec", "depends_on", "deploy", "device_cgroup_rules", "devices",
            "dns", "dns_opt", "dns_search", "dockerfile", "domainname", "entrypoint", "provider", "environment",
            "env_file", "expose", "extends", "external_links", "extra_hosts", "group_add", "gpus", "hostname",
            "healthcheck", "image", "init", "ipc", "isolation", "labels", "label_file", "links", "logging",
            "log_driver", "log_opt", "mem_limit", "mem_reservation", "memswap_limit", "mem_swappiness",
            "mac_address", "models", "net", "network_mode", "networks", "oom_kill_disable", "oom_score_adj", "pid",
            "pids_limit", "platform", "ports", "privileged", "pull_policy", "pull_refresh_after", "read_only",
            "restart", "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period",
            "stop_signal", "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user",
            "userns_mode", "uts", "volume_driver", "volumes", "volumes_from", "working_dir", "post_start",
            "pre_stop");

    private ServiceCanonical() {
    }

    static Map<String, Object> of(Service s) {
        Map<String, Object> f = new HashMap<>(typed(s));
        s.otherAttributes().forEach((k, v) -> f.putIfAbsent(k, PlainData.of(v)));
        Obj out = new Obj();
        for (String key : ORDER) {
            if (f.containsKey(key)) {
                out.put(key, f.remove(key));
            }
        }
        // Keys Compose does not know keep the order they were written in.
        s.otherAttributes().keySet().stream().filter(f::containsKey).forEach(k -> out.put(k, f.get(k)));
        return out.extensions(s.extensions()).build();
    }

    private static Map<String, Object> typed(Service s) {
        Obj o = new Obj().list("profiles", s.profiles()).map("annotations", PlainData.sorted(s.annotations(), ""))
                .opt("attach", s.attach()).opt("build", s.build().map(CanonicalBuildDeploy::build))
                .list("cap_add", s.capAdd()).list("cap_drop", s.capDrop()).opt("cgroup_parent", s.cgroupParent())
                .opt("cgroup", s.cgroup()).opt("cpu_count", s.cpuCount()).opt("cpu_percent", s.cpuPercent())
                .opt("cpu_period", s.cpuPeriod()).opt("cpu_quota", s.cpuQuota()).opt("cpu_rt_period", s.cpuRtPeriod())
                .opt("cpu_rt_runtime", s.cpuRtRuntime()).opt("cpus", s.cpus()).opt("cpuset", s.cpuset())
                .opt("cpu_shares", s.cpuShares()).opt("command", s.command().map(CommandLine::tokens))
                .list("configs", CanonicalMounts.fileReferences(s.configs(), false))
                .opt("container_name", s.containerName())
                .map("depends_on", CanonicalParts.dependsOn(s.dependsOn()))
                .opt("deploy", s.deploy().map(CanonicalBuildDeploy::deploy))
                .list("device_cgroup_rules", s.deviceCgroupRules()).list("devices", CanonicalParts.devices(s.devices()))
                .list("dns", s.dns()).list("dns_opt", s.dnsOpt()).list("dns_search", s.dnsSearch())
                .opt("domainname", s.domainname()).opt("entrypoint", s.entrypoint().map(CommandLine::tokens))
                .map("environment", CanonicalParts.environment(s.environment()))
                .list("env_file", CanonicalParts.envFiles(s.envFiles())).list("expose", s.expose())
                .opt("extends", s.extendsFrom().map(CanonicalParts::extendsFrom))
                .list("external_links", s.externalLinks())
                .list("extra_hosts", CanonicalParts.extraHosts(s.extraHosts())).list("group_add", s.groupAdd())
                .list("gpus", CanonicalParts.deviceRequests(s.gpus())).opt("hostname", s.hostname())
                .opt("healthcheck", s.healthcheck().map(CanonicalParts::healthcheck)).opt("image", s.image())
                .opt("init", s.init()).opt("ipc", s.ipc()).opt("isolation", s.isolation())
                .map("labels", PlainData.sorted(s.labels(), "")).list("label_file", s.labelFiles())
                .list("links", s.links()).opt("logging", s.logging().map(CanonicalParts::logging))
                .opt("mem_limit", s.memLimit()).opt("mem_reservation", s.memReservation())
                .opt("memswap_limit", s.memswapLimit())
                .opt("mem_swappiness", s.memSwappiness().map(String::valueOf)).opt("mac_address", s.macAddress())
                .opt("network_mode", s.networkMode()).map("networks", CanonicalParts.networks(s.networks()))
                .flag("oom_kill_disable", s.oomKillDisable().orElse(false)).opt("oom_score_adj", s.oomScoreAdj())
                .opt("pid", s.pid()).opt("pids_limit", s.pidsLimit()).opt("platform", s.platform())
                .list("ports", CanonicalMounts.ports(s.ports())).flag("privileged", s.privileged().orElse(false))
                .opt("pull_policy", s.pullPolicy()).opt("pull_refresh_after", s.pullRefreshAfter())
                .flag("read_only", s.readOnly().orElse(false)).opt("restart", s.restart()).opt("runtime", s.runtime())
                .opt("scale", s.scale()).list("secrets", CanonicalMounts.fileReferences(s.secrets(), true))
                .list("security_opt", s.securityOpt()).opt("shm_size", s.shmSize())
                .flag("stdin_open", s.stdinOpen().orElse(false)).opt("stop_grace_period", s.stopGracePeriod())
                .opt("stop_signal", s.stopSignal()).map("sysctls", PlainData.sorted(s.sysctls(), ""))
                .list("tmpfs", s.tmpfs()).flag("tty", s.tty().orElse(false))
                .map("ulimits", CanonicalParts.ulimits(s.ulimits()))
                .flag("use_api_socket", s.useApiSocket().orElse(false)).opt("user", s.user())
                .opt("userns_mode", s.usernsMode()).opt("uts", s.uts())
                .list("volumes", CanonicalMounts.volumes(s.volumes())).list("volumes_from", s.volumesFrom())
                .opt("working_dir", s.workingDir()).list("post_start", CanonicalParts.hooks(s.postStart()))
                .list("pre_stop", CanonicalParts.hooks(s.preStop()));
        return new LinkedHashMap<>(o.build());
    }
}

package org.stackcanvas.model;

import java.util.function.Consumer;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * Reads one service. Each attribute is read in the order of the {@link Service} components; what is
 * left unread at the end (unknown keys, wrong shapes, the attributes kept generic) becomes
 * {@code otherAttributes}.
 */
final class ServiceReader {

    private final Consumer<ModelProblem> problems;
    private final MountReader mounts;
    private final LinkReader links;
    private final RuntimeReader runtime;
    private final BuildReader builds;
    private final DeployReader deploys;

    ServiceReader(Consumer<ModelProblem> problems) {
        this.problems = problems;
        this.mounts = new MountReader(problems);
        this.links = new LinkReader(problems);
        this.runtime = new RuntimeReader(problems);
        this.builds = new BuildReader(problems, mounts, links, runtime);
        this.deploys = new DeployReader(problems, runtime);
    }

    Service read(String name, SourceLocation keyLocation, YValue value) {
        YMap map;
        if (value instanceof YMap m) {
            map = m;
        } else {
            if (!value.isNull()) {
                problems.accept(new ModelProblem(value.location(), "service '" + name
                        + "' must be a mapping of attributes, not " + value.describeKind()));
            }
            map = YMap.empty(value.location());
        }
        Attributes a = new Attributes(map, "", problems);
        return new Service(
                name,
                keyLocation,
                a.string("image"),
                a.read("build", builds::build),
                a.read("command", v -> runtime.command(v, "command")),
                a.read("entrypoint", v -> runtime.command(v, "entrypoint")),
                runtime.environment(a),
                a.readList("env_file", runtime::envFiles),
                a.items("ports", mounts::port),
                a.strings("expose"),
                a.items("volumes", mounts::volume),
                a.strings("volumes_from"),
                a.readList("depends_on", links::dependsOn),
                a.readList("networks", links::networks),
                a.string("network_mode"),
                a.items("secrets", v -> mounts.fileReference(v, "secret")),
                a.items("configs", v -> mounts.fileReference(v, "config")),
                a.object("healthcheck", runtime::healthcheck),
                a.object("deploy", deploys::deploy),
                a.string("restart"),
                a.strings("profiles"),
                a.keyValues("labels"),
                a.stringOrList("label_file"),
                a.keyValues("annotations"),
                a.object("logging", runtime::logging),
                a.read("extends", links::extendsFrom),
                a.string("container_name"),
                a.string("hostname"),
                a.string("domainname"),
                a.string("user"),
                a.string("working_dir"),
                a.bool("read_only"),
                a.bool("privileged"),
                a.bool("init"),
                a.bool("tty"),
                a.bool("stdin_open"),
                a.bool("attach"),
                a.string("stop_signal"),
                a.duration("stop_grace_period"),
                a.strings("cap_add"),
                a.strings("cap_drop"),
                a.strings("security_opt"),
                a.strings("group_add"),
                a.string("pid"),
                a.string("ipc"),
                a.string("uts"),
                a.string("userns_mode"),
                a.string("cgroup"),
                a.string("cgroup_parent"),
                a.string("isolation"),
                a.string("runtime"),
                a.string("platform"),
                a.string("pull_policy"),
                a.string("pull_refresh_after"),
                a.stringOrList("dns"),
                a.strings("dns_opt"),
                a.stringOrList("dns_search"),
                a.readList("extra_hosts", links::extraHosts),
                a.string("mac_address"),
                a.strings("links"),
                a.strings("external_links"),
                a.items("devices", runtime::device),
                a.strings("device_cgroup_rules"),
                a.readList("gpus", runtime::gpus),
                a.stringOrList("tmpfs"),
                a.readList("ulimits", runtime::ulimits),
                a.keyValues("sysctls"),
                a.number("cpus"),
                a.integer("cpu_count"),
                a.integer("cpu_percent"),
                a.integer("cpu_shares"),
                a.integer("cpu_quota"),
                a.integer("cpu_period"),
                a.integer("cpu_rt_period"),
                a.integer("cpu_rt_runtime"),
                a.string("cpuset"),
                a.byteSize("mem_limit"),
                a.byteSize("mem_reservation"),
                a.byteSize("memswap_limit"),
                a.integer("mem_swappiness"),
                a.byteSize("shm_size"),
                a.integer("pids_limit"),
                a.bool("oom_kill_disable"),
                a.integer("oom_score_adj"),
                a.integer("scale"),
                a.bool("use_api_socket"),
                a.items("post_start", v -> runtime.hook(v, "post_start")),
                a.items("pre_stop", v -> runtime.hook(v, "pre_stop")),
                a.keyLocations(),
                a.rest(),
                a.extensions());
    }
}

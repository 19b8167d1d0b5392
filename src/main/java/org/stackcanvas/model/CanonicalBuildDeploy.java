package org.stackcanvas.model;

import java.util.List;
import java.util.Map;
import org.stackcanvas.model.Deploy.ResourceSpec;
import org.stackcanvas.model.Deploy.UpdateConfig;
import org.stackcanvas.model.PlainData.Obj;

/** The long form Compose prints for {@code build} and {@code deploy}. */
final class CanonicalBuildDeploy {

    private CanonicalBuildDeploy() {
    }

    /** The short form is the context alone; a long form without a context builds from {@code .}. */
    static Map<String, Object> build(BuildSpec b) {
        Obj o = new Obj().put("context", b.context().orElse(".")).opt("dockerfile", b.dockerfile())
                .opt("dockerfile_inline", b.dockerfileInline()).list("entitlements", b.entitlements())
                .map("args", PlainData.sorted(b.args(), null)).opt("provenance", b.provenance())
                .opt("sbom", b.sbom())
                .list("ssh", b.ssh().stream().map(s -> s.key() + s.value().map(v -> "=" + v).orElse("")).toList())
                .map("labels", PlainData.sorted(b.labels(), "")).list("cache_from", b.cacheFrom())
                .list("cache_to", b.cacheTo()).flag("no_cache", b.noCache().orElse(false))
                .list("no_cache_filter", b.noCacheFilter())
                .map("additional_contexts", PlainData.sorted(b.additionalContexts(), ""))
                .flag("pull", b.pull().orElse(false)).list("extra_hosts", CanonicalParts.extraHosts(b.extraHosts()))
                .opt("isolation", b.isolation()).opt("network", b.network()).opt("target", b.target())
                .list("secrets", CanonicalMounts.fileReferences(b.secrets(), false)).opt("shm_size", b.shmSize())
                .list("tags", b.tags()).map("ulimits", CanonicalParts.ulimits(b.ulimits()))
                .list("platforms", b.platforms()).flag("privileged", b.privileged().orElse(false));
        b.otherAttributes().forEach((k, v) -> o.put(k, PlainData.of(v)));
        return o.extensions(b.extensions()).build();
    }

    static Map<String, Object> deploy(Deploy d) {
        Obj o = new Obj().opt("mode", d.mode()).opt("replicas", d.replicas())
                .map("labels", PlainData.sorted(d.labels(), ""))
                .opt("update_config", d.updateConfig().map(CanonicalBuildDeploy::update))
                .opt("rollback_config", d.rollbackConfig().map(CanonicalBuildDeploy::update));
        d.resources().ifPresent(r -> o.put("resources", new Obj()
                .opt("limits", r.limits().map(CanonicalBuildDeploy::resource))
                .opt("reservations", r.reservations().map(CanonicalBuildDeploy::resource))
                .extensions(r.extensions()).build()));
        d.restartPolicy().ifPresent(p -> o.put("restart_policy", new Obj().opt("condition", p.condition())
                .opt("delay", p.delay()).opt("max_attempts", p.maxAttempts()).opt("window", p.window())
                .extensions(p.extensions()).build()));
        d.placement().ifPresent(p -> o.put("placement", new Obj().list("constraints", p.constraints())
                .list("preferences", p.preferences().stream().map(s -> (Object) Map.of("spread", s)).toList())
                .opt("max_replicas_per_node", p.maxReplicasPerNode()).extensions(p.extensions()).build()));
        return o.opt("endpoint_mode", d.endpointMode()).extensions(d.extensions()).build();
    }

    private static Map<String, Object> update(UpdateConfig u) {
        return new Obj().opt("parallelism", u.parallelism()).opt("delay", u.delay())
                .opt("failure_action", u.failureAction()).opt("monitor", u.monitor())
                .opt("max_failure_ratio", u.maxFailureRatio()).opt("order", u.order())
                .extensions(u.extensions()).build();
    }

    private static Map<String, Object> resource(ResourceSpec r) {
        List<Object> generic = r.genericResources().stream().map(g -> (Object) Map.of("discrete_resource_spec",
                new Obj().put("kind", g.kind()).put("value", g.value()).build())).toList();
        return new Obj().opt("cpus", r.cpus()).opt("memory", r.memory()).opt("pids", r.pids())
                .list("devices", CanonicalParts.deviceRequests(r.devices())).list("generic_resources", generic)
                .extensions(r.extensions()).build();
    }
}

package org.stackcanvas.model;

import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.model.Deploy.GenericResource;
import org.stackcanvas.model.Deploy.Placement;
import org.stackcanvas.model.Deploy.ResourceSpec;
import org.stackcanvas.model.Deploy.Resources;
import org.stackcanvas.model.Deploy.RestartPolicy;
import org.stackcanvas.model.Deploy.UpdateConfig;

/** Reads a service's {@code deploy} and everything nested in it. */
final class DeployReader {

    private final Consumer<ModelProblem> problems;
    private final RuntimeReader runtime;

    DeployReader(Consumer<ModelProblem> problems, RuntimeReader runtime) {
        this.problems = problems;
        this.runtime = runtime;
    }

    Deploy deploy(Attributes a) {
        Deploy d = new Deploy(a.string("mode"), a.integer("replicas"), a.keyValues("labels"),
                a.object("update_config", this::updateConfig), a.object("rollback_config", this::updateConfig),
                a.object("resources", this::resources), a.object("restart_policy", this::restartPolicy),
                a.object("placement", this::placement), a.string("endpoint_mode"), a.extensions(), a.location());
        a.rejectRest("deploy");
        return d;
    }

    private UpdateConfig updateConfig(Attributes a) {
        UpdateConfig u = new UpdateConfig(a.integer("parallelism"), a.duration("delay"), a.string("failure_action"),
                a.duration("monitor"), a.number("max_failure_ratio"), a.string("order"), a.extensions(), a.location());
        a.rejectRest("an update or rollback config");
        return u;
    }

    private Resources resources(Attributes a) {
        Resources r = new Resources(a.object("limits", this::spec), a.object("reservations", this::spec),
                a.extensions(), a.location());
        a.rejectRest("resources");
        return r;
    }

    private ResourceSpec spec(Attributes a) {
        ResourceSpec s = new ResourceSpec(a.number("cpus"), a.byteSize("memory"), a.integer("pids"),
                a.readList("devices", v -> runtime.deviceRequests(v, "devices")),
                a.items("generic_resources", this::genericResource), a.extensions(), a.location());
        a.rejectRest("resource limits or reservations");
        return s;
    }

    private Optional<GenericResource> genericResource(YValue v) {
        if (!(v instanceof YMap m)) {
            problems.accept(new ModelProblem(v.location(), "generic_resources entries must be mappings"));
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "generic_resources.", problems);
        Optional<GenericResource> r = a.object("discrete_resource_spec", spec -> {
            Optional<String> kind = spec.string("kind");
            Optional<Long> value = spec.integer("value");
            spec.rejectRest("discrete_resource_spec");
            return kind.flatMap(k -> value.map(n -> new GenericResource(k, n, spec.location())));
        }).flatMap(x -> x);
        a.extensions();
        a.rejectRest("a generic resource");
        if (r.isEmpty()) {
            a.problem(m.location(), "a generic resource needs discrete_resource_spec with kind and value");
        }
        return r;
    }

    private RestartPolicy restartPolicy(Attributes a) {
        RestartPolicy p = new RestartPolicy(a.string("condition"), a.duration("delay"), a.integer("max_attempts"),
                a.duration("window"), a.extensions(), a.location());
        a.rejectRest("restart_policy");
        return p;
    }

    private Placement placement(Attributes a) {
        Placement p = new Placement(a.strings("constraints"), a.items("preferences", this::preference),
                a.integer("max_replicas_per_node"), a.extensions(), a.location());
        a.rejectRest("placement");
        return p;
    }

    private Optional<String> preference(YValue v) {
        if (v instanceof YMap m) {
            Attributes a = new Attributes(m, "placement.preferences.", problems);
            Optional<String> spread = a.string("spread");
            a.extensions();
            a.rejectRest("a placement preference");
            return spread;
        }
        problems.accept(new ModelProblem(v.location(), "placement preferences must be mappings like {spread: node.labels.zone}"));
        return Optional.empty();
    }
}

package org.stackcanvas.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Reads the top-level elements besides services: networks, volumes, secrets, configs, models, include. */
final class ResourceReader {

    private final Consumer<ModelProblem> problems;

    ResourceReader(Consumer<ModelProblem> problems) {
        this.problems = problems;
    }

    Network network(String key, SourceLocation at, YValue value) {
        Attributes a = attributes(key, "network", value);
        return new Network(key, name(a), a.string("driver"), a.stringMap("driver_opts"), a.object("ipam", this::ipam),
                external(a), a.bool("internal"), a.bool("attachable"), a.bool("enable_ipv4"), a.bool("enable_ipv6"),
                a.keyValues("labels"), a.rest(), a.extensions(), at);
    }

    private Network.Ipam ipam(Attributes a) {
        Network.Ipam ipam = new Network.Ipam(a.string("driver"), a.items("config", this::pool), a.stringMap("options"),
                a.extensions(), a.location());
        a.rejectRest("ipam");
        return ipam;
    }

    private Optional<Network.IpamPool> pool(YValue v) {
        if (!(v instanceof YMap m)) {
            problems.accept(new ModelProblem(v.location(), "ipam.config entries must be mappings, not " + v.describeKind()));
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "ipam.config.", problems);
        Network.IpamPool pool = new Network.IpamPool(a.string("subnet"), a.string("ip_range"), a.string("gateway"),
                a.stringMap("aux_addresses"), a.extensions(), m.location());
        a.rejectRest("an ipam config");
        return Optional.of(pool);
    }

    Volume volume(String key, SourceLocation at, YValue value) {
        Attributes a = attributes(key, "volume", value);
        return new Volume(key, name(a), a.string("driver"), a.stringMap("driver_opts"), external(a),
                a.keyValues("labels"), a.rest(), a.extensions(), at);
    }

    Secret secret(String key, SourceLocation at, YValue value) {
        Attributes a = attributes(key, "secret", value);
        return new Secret(key, name(a), a.string("file"), a.string("environment"), a.string("content"), external(a),
                a.keyValues("labels"), a.string("driver"), a.stringMap("driver_opts"), a.string("template_driver"),
                a.rest(), a.extensions(), at);
    }

    Config config(String key, SourceLocation at, YValue value) {
        Attributes a = attributes(key, "config", value);
        return new Config(key, name(a), a.string("file"), a.string("environment"), a.string("content"), external(a),
                a.keyValues("labels"), a.string("template_driver"), a.rest(), a.extensions(), at);
    }

    AiModel model(String key, SourceLocation at, YValue value) {
        Attributes a = attributes(key, "model", value);
        return new AiModel(key, a.string("name"), a.string("model"), a.integer("context_size"),
                a.strings("runtime_flags"), a.rest(), a.extensions(), at);
    }

    Optional<Include> include(YValue v) {
        if (v instanceof YScalar s && !s.isNull()) {
            return Optional.of(new Include(List.of(s.text()), List.of(), Optional.empty(), true, s.location()));
        }
        if (!(v instanceof YMap m)) {
            problems.accept(new ModelProblem(v.location(), "include entries must be paths or mappings, not "
                    + v.describeKind()));
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "include.", problems);
        Include include = new Include(a.stringOrList("path"), a.stringOrList("env_file"),
                a.string("project_directory"), false, m.location());
        a.rejectRest("include");
        if (include.paths().isEmpty()) {
            a.problem(m.location(), "include entries need a path");
            return Optional.empty();
        }
        return Optional.of(include);
    }

    /** An element's attributes; an empty declaration ({@code data:}) has none. */
    private Attributes attributes(String key, String what, YValue value) {
        YMap map;
        if (value instanceof YMap m) {
            map = m;
        } else {
            if (!value.isNull()) {
                problems.accept(new ModelProblem(value.location(), what + " '" + key + "' must be a mapping, not "
                        + value.describeKind()));
            }
            map = YMap.empty(value.location());
        }
        return new Attributes(map, "", problems);
    }

    /**
     * {@code external: true}, or the legacy {@code external: {name: x}}, which Compose reads as
     * external with that name.
     */
    private boolean external(Attributes a) {
        return a.read("external", v -> v instanceof YMap ? Optional.of(true)
                : a.typed(v, "external", s -> s.kind() == YScalar.Kind.BOOL
                        ? Parsed.ok(s.asBoolean()) : ValueSyntax.bool(s.text()))).orElse(false);
    }

    private Optional<String> name(Attributes a) {
        Optional<String> name = a.string("name");
        Optional<YValue> external = a.peek("external");
        Optional<String> legacy = external.filter(YMap.class::isInstance).flatMap(m -> ((YMap) m).text("name"));
        if (legacy.isPresent() && name.isPresent()) {
            a.problem(external.get().location(), "external.name is deprecated and conflicts with name; keep only name");
        }
        return name.or(() -> legacy);
    }
}

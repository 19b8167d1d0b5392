package org.stackcanvas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.stackcanvas.document.YValue;
import org.stackcanvas.model.PlainData.Obj;

/**
 * Turns a model into plain ordered data (maps, lists, String, Long, Double, Boolean, null) in the
 * canonical long syntax {@code docker compose config} prints: ports, volumes, depends_on, networks,
 * env files and secrets in long form, environment and labels as sorted mappings, durations in Go form,
 * sizes as byte counts, and services, networks, volumes, secrets and configs sorted by name.
 * Untyped attributes and {@code x-} extensions are included.
 *
 * <p>This is syntax only. What needs the project's context is left to the caller: the project name
 * and the implicit {@code default} network, resolving relative paths, {@code KEY}-only environment
 * values from the shell, and merging includes and overrides. {@code version} is dropped, as Compose
 * drops it.
 */
public final class CanonicalForm {

    private CanonicalForm() {
    }

    public static Map<String, Object> of(ComposeModel model) {
        Obj o = new Obj().opt("name", model.name())
                .list("include", model.includes().stream().map(CanonicalForm::include).toList())
                .put("services", sorted(model.services(), ServiceCanonical::of))
                .map("networks", sorted(model.networks(), CanonicalForm::network))
                .map("volumes", sorted(model.volumes(), CanonicalForm::volume))
                .map("secrets", sorted(model.secrets(), CanonicalForm::secret))
                .map("configs", sorted(model.configs(), CanonicalForm::config))
                .map("models", sorted(model.models(), CanonicalForm::model));
        model.otherAttributes().forEach((k, v) -> o.put(k, PlainData.of(v)));
        return o.extensions(model.extensions()).build();
    }

    /** One service alone, as it appears under {@code services}. */
    public static Map<String, Object> service(Service service) {
        return ServiceCanonical.of(service);
    }

    private static Object include(Include i) {
        return new Obj().list("path", i.paths()).list("env_file", i.envFiles())
                .opt("project_directory", i.projectDirectory()).build();
    }

    private static Map<String, Object> network(Network n) {
        Obj o = new Obj().opt("name", n.name()).opt("driver", n.driver())
                .map("driver_opts", PlainData.sortedStrings(n.driverOpts()));
        n.ipam().ifPresent(ipam -> o.put("ipam", new Obj().opt("driver", ipam.driver())
                .list("config", ipam.config().stream().map(p -> (Object) new Obj().opt("subnet", p.subnet())
                        .opt("gateway", p.gateway()).opt("ip_range", p.ipRange())
                        .map("aux_addresses", PlainData.sortedStrings(p.auxAddresses()))
                        .extensions(p.extensions()).build()).toList())
                .map("options", PlainData.sortedStrings(ipam.options())).extensions(ipam.extensions()).build()));
        o.flag("external", n.external()).flag("internal", n.internal().orElse(false))
                .flag("attachable", n.attachable().orElse(false)).map("labels", PlainData.sorted(n.labels(), ""))
                .opt("enable_ipv4", n.enableIpv4()).opt("enable_ipv6", n.enableIpv6());
        return rest(o, n.otherAttributes()).extensions(n.extensions()).build();
    }

    private static Map<String, Object> volume(Volume v) {
        Obj o = new Obj().opt("name", v.name()).opt("driver", v.driver())
                .map("driver_opts", PlainData.sortedStrings(v.driverOpts())).flag("external", v.external())
                .map("labels", PlainData.sorted(v.labels(), ""));
        return rest(o, v.otherAttributes()).extensions(v.extensions()).build();
    }

    private static Map<String, Object> secret(Secret s) {
        Obj o = new Obj().opt("name", s.name()).opt("file", s.file()).opt("environment", s.environment())
                .opt("content", s.content()).flag("external", s.external())
                .map("labels", PlainData.sorted(s.labels(), "")).opt("driver", s.driver())
                .map("driver_opts", PlainData.sortedStrings(s.driverOpts())).opt("template_driver", s.templateDriver());
        return rest(o, s.otherAttributes()).extensions(s.extensions()).build();
    }

    private static Map<String, Object> config(Config c) {
        Obj o = new Obj().opt("name", c.name()).opt("file", c.file()).opt("environment", c.environment())
                .opt("content", c.content()).flag("external", c.external())
                .map("labels", PlainData.sorted(c.labels(), "")).opt("template_driver", c.templateDriver());
        return rest(o, c.otherAttributes()).extensions(c.extensions()).build();
    }

    private static Map<String, Object> model(AiModel m) {
        Obj o = new Obj().opt("name", m.name()).opt("model", m.model()).opt("context_size", m.contextSize())
                .list("runtime_flags", m.runtimeFlags());
        return rest(o, m.otherAttributes()).extensions(m.extensions()).build();
    }

    private static Obj rest(Obj o, Map<String, YValue> others) {
        others.forEach((k, v) -> o.put(k, PlainData.of(v)));
        return o;
    }

    private static <T> Map<String, Object> sorted(Map<String, T> elements, Function<T, Map<String, Object>> f) {
        Map<String, Object> sorted = new TreeMap<>();
        elements.forEach((k, v) -> sorted.put(k, f.apply(v)));
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }
}

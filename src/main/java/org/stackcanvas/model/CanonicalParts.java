package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stackcanvas.model.PlainData.Obj;

/** The long form Compose prints for a service's smaller structured attributes. */
final class CanonicalParts {

    private CanonicalParts() {
    }

    static Map<String, Object> dependsOn(List<Dependency> deps) {
        Map<String, Object> sorted = new TreeMap<>();
        deps.forEach(d -> sorted.put(d.service(), new Obj().put("condition", d.condition()).flag("restart", d.restart())
                .put("required", d.required()).extensions(d.extensions()).build()));
        return ordered(sorted);
    }

    /** An attachment with nothing but its name prints as {@code name: null}. */
    static Map<String, Object> networks(List<ServiceNetwork> networks) {
        Map<String, Object> sorted = new TreeMap<>();
        networks.forEach(n -> sorted.put(n.name(), n.isPlain() ? null : new Obj().list("aliases", n.aliases())
                .map("driver_opts", PlainData.sortedStrings(n.driverOpts())).opt("gw_priority", n.gwPriority())
                .opt("interface_name", n.interfaceName()).opt("ipv4_address", n.ipv4Address())
                .opt("ipv6_address", n.ipv6Address()).list("link_local_ips", n.linkLocalIps())
                .opt("mac_address", n.macAddress()).opt("priority", n.priority())
                .extensions(n.extensions()).build()));
        return ordered(sorted);
    }

    static List<Object> envFiles(List<EnvFile> files) {
        List<Object> out = new ArrayList<>();
        files.forEach(f -> out.add(new Obj().put("path", f.path()).put("required", f.required())
                .opt("format", f.format()).build()));
        return out;
    }

    static Map<String, Object> healthcheck(Healthcheck h) {
        return new Obj().list("test", h.test()).opt("timeout", h.timeout()).opt("interval", h.interval())
                .opt("retries", h.retries()).opt("start_period", h.startPeriod())
                .opt("start_interval", h.startInterval()).flag("disable", h.disable())
                .extensions(h.extensions()).build();
    }

    static Map<String, Object> logging(Logging l) {
        return new Obj().opt("driver", l.driver()).map("options", PlainData.sortedStrings(l.options()))
                .extensions(l.extensions()).build();
    }

    static Map<String, Object> extendsFrom(Extends e) {
        return new Obj().opt("file", e.file()).put("service", e.service()).build();
    }

    static List<Object> devices(List<DeviceMapping> devices) {
        List<Object> out = new ArrayList<>();
        devices.forEach(d -> out.add(new Obj().put("source", d.source()).opt("target", d.target())
                .opt("permissions", d.permissions()).extensions(d.extensions()).build()));
        return out;
    }

    /** A count of {@code all} stays text; a number prints as one. */
    static List<Object> deviceRequests(List<DeviceRequest> requests) {
        List<Object> out = new ArrayList<>();
        requests.forEach(r -> out.add(new Obj().list("capabilities", r.capabilities()).opt("driver", r.driver())
                .opt("count", r.count().map(c -> ValueSyntax.integer(c).value().<Object>map(x -> x).orElse(c)))
                .list("device_ids", r.deviceIds()).map("options", PlainData.sorted(r.options(), ""))
                .extensions(r.extensions()).build()));
        return out;
    }

    static Map<String, Object> ulimits(List<Ulimit> ulimits) {
        Map<String, Object> sorted = new TreeMap<>();
        ulimits.forEach(u -> sorted.put(u.name(), u.single().<Object>map(x -> x).orElseGet(() -> new Obj()
                .opt("soft", u.soft()).opt("hard", u.hard()).extensions(u.extensions()).build())));
        return ordered(sorted);
    }

    /** Sorted {@code host=address} lines, as current Compose prints them. */
    static List<Object> extraHosts(List<ExtraHost> hosts) {
        return hosts.stream().map(h -> (Object) (h.host() + "=" + h.address())).sorted((a, b) -> a.toString()
                .compareTo(b.toString())).toList();
    }

    static List<Object> hooks(List<ServiceHook> hooks) {
        List<Object> out = new ArrayList<>();
        hooks.forEach(h -> out.add(new Obj().put("command", h.command().tokens()).opt("user", h.user())
                .opt("privileged", h.privileged()).opt("working_dir", h.workingDir())
                .map("environment", environment(h.environment())).extensions(h.extensions()).build()));
        return out;
    }

    /** Environment as a sorted mapping; a name without a value maps to null (taken from the shell). */
    static Map<String, Object> environment(List<EnvVar> vars) {
        Map<String, Object> sorted = new TreeMap<>();
        vars.forEach(v -> sorted.put(v.name(), v.value().orElse(null)));
        return ordered(sorted);
    }

    private static Map<String, Object> ordered(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Reads how a service connects to others: {@code depends_on}, {@code networks}, {@code extends}
 * and {@code extra_hosts}, each in its list and mapping forms.
 */
final class LinkReader {

    private final Consumer<ModelProblem> problems;

    LinkReader(Consumer<ModelProblem> problems) {
        this.problems = problems;
    }

    Optional<List<Dependency>> dependsOn(YValue v) {
        List<Dependency> out = new ArrayList<>();
        if (v instanceof YList list) {
            for (YValue item : list.items()) {
                name(item, "depends_on").ifPresent(n -> out.add(new Dependency(n, Dependency.SERVICE_STARTED,
                        false, true, Map.of(), item.location())));
            }
        } else if (v instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                if (e.value().isNull()) {
                    // Compose refuses this; keep the edge so the canvas still draws it.
                    problem(e.value(), "depends_on." + e.key() + " needs a condition, such as condition: service_started");
                    out.add(new Dependency(e.key(), Dependency.SERVICE_STARTED, false, true, Map.of(), e.keyLocation()));
                } else if (e.value() instanceof YMap m) {
                    Attributes a = new Attributes(m, "depends_on." + e.key() + ".", problems);
                    out.add(new Dependency(e.key(), a.string("condition").orElse(Dependency.SERVICE_STARTED),
                            a.bool("restart").orElse(false), a.bool("required").orElse(true), a.extensions(),
                            e.keyLocation()));
                    a.rejectRest("a dependency");
                } else {
                    problem(e.value(), "depends_on." + e.key() + " must be a mapping with a condition, not "
                            + e.value().describeKind());
                }
            }
        } else {
            return wrongShape(v, "depends_on", "a list of service names or a mapping");
        }
        return Optional.of(out);
    }

    Optional<List<ServiceNetwork>> networks(YValue v) {
        List<ServiceNetwork> out = new ArrayList<>();
        if (v instanceof YList list) {
            for (YValue item : list.items()) {
                name(item, "networks").ifPresent(n -> out.add(ServiceNetwork.named(n, item.location())));
            }
        } else if (v instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                if (e.value().isNull()) {
                    out.add(ServiceNetwork.named(e.key(), e.keyLocation()));
                } else if (e.value() instanceof YMap m) {
                    Attributes a = new Attributes(m, "networks." + e.key() + ".", problems);
                    out.add(new ServiceNetwork(e.key(), a.strings("aliases"), a.string("ipv4_address"),
                            a.string("ipv6_address"), a.string("interface_name"), a.string("mac_address"),
                            a.strings("link_local_ips"), a.stringMap("driver_opts"), a.integer("priority"),
                            a.integer("gw_priority"), a.extensions(), e.keyLocation()));
                    a.rejectRest("a service network");
                } else {
                    problem(e.value(), "networks." + e.key() + " must be a mapping or empty, not "
                            + e.value().describeKind());
                }
            }
        } else {
            return wrongShape(v, "networks", "a list of network names or a mapping");
        }
        return Optional.of(out);
    }

    Optional<Extends> extendsFrom(YValue v) {
        if (v instanceof YScalar s) {
            return Optional.of(new Extends(s.text(), Optional.empty(), s.location()));
        }
        if (!(v instanceof YMap m)) {
            return wrongShape(v, "extends", "a service name or a mapping");
        }
        Attributes a = new Attributes(m, "extends.", problems);
        Optional<String> service = a.string("service");
        Extends e = new Extends(service.orElse(""), a.string("file"), m.location());
        a.rejectRest("extends");
        if (service.isEmpty()) {
            a.problem(m.location(), "extends needs the service to extend");
            return Optional.empty();
        }
        return Optional.of(e);
    }

    Optional<List<ExtraHost>> extraHosts(YValue v) {
        List<ExtraHost> out = new ArrayList<>();
        if (v instanceof YList list) {
            for (YValue item : list.items()) {
                name(item, "extra_hosts").ifPresent(text -> take(ExtraHostSyntax.parse(text, item.location()), item, out));
            }
        } else if (v instanceof YMap map) {
            for (YMap.Entry e : map.entryList()) {
                List<String> addresses = new ArrayList<>();
                if (e.value() instanceof YScalar s) {
                    addresses.add(s.text());
                } else if (e.value() instanceof YList l) {
                    l.items().forEach(i -> name(i, "extra_hosts." + e.key()).ifPresent(addresses::add));
                } else {
                    problem(e.value(), "extra_hosts." + e.key() + " must be an address or a list of addresses");
                    continue;
                }
                take(ExtraHostSyntax.hosts(e.key(), addresses, e.keyLocation()), e.value(), out);
            }
        } else {
            return wrongShape(v, "extra_hosts", "a list of host=address strings or a mapping");
        }
        return Optional.of(out);
    }

    private void take(Parsed<List<ExtraHost>> parsed, YValue at, List<ExtraHost> out) {
        parsed.value().ifPresent(out::addAll);
        parsed.error().ifPresent(m -> problem(at, m));
    }

    /** A list item that must be a plain name. */
    private Optional<String> name(YValue item, String what) {
        if (item instanceof YScalar s && !s.isNull()) {
            return Optional.of(s.text());
        }
        problem(item, what + " entries must be names, not " + item.describeKind());
        return Optional.empty();
    }

    private <T> Optional<T> wrongShape(YValue v, String what, String expected) {
        problem(v, what + " must be " + expected + ", not " + v.describeKind());
        return Optional.empty();
    }

    private void problem(YValue at, String message) {
        problems.accept(new ModelProblem(at.location(), message));
    }
}

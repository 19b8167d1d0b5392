package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

/** Cycles through depends_on (two or more services; self-dependency has its own rule). */
public final class DependencyCycleRule extends AbstractRule {
    public DependencyCycleRule() {
        super("dependency-cycle", Severity.ERROR, Category.REFERENCE, "depends_on cycle",
                "Compose starts services in dependency order, so services that depend on each other in a circle "
                + "can never start (\"dependency cycle detected\"). Break the cycle. "
                + "See https://docs.docker.com/compose/how-tos/startup-order/");
    }

    @Override
    public List<Finding> check(CheckContext ctx) {
        Map<String, Service> services = ctx.model().services();
        java.util.Map<String, Integer> state = new java.util.HashMap<>();
        java.util.Set<String> reported = new java.util.TreeSet<>();
        List<Finding> out = new ArrayList<>();
        java.util.List<String> names = new ArrayList<>(services.keySet());
        java.util.Collections.sort(names);
        for (String start : names) {
            visit(start, services, state, new ArrayList<>(), reported, out);
        }
        return out;
    }

    private void visit(String name, Map<String, Service> services, java.util.Map<String, Integer> state,
            List<String> stack, java.util.Set<String> reported, List<Finding> out) {
        Integer st = state.get(name);
        if (st != null && st == 2) {
            return;
        }
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(name), stack.size()));
            if (cycle.size() < 2) {
                return;
            }
            // Start at the smallest name, so the message is the same whichever service is met first.
            int min = cycle.indexOf(java.util.Collections.min(cycle));
            List<String> rotated = new ArrayList<>(cycle.subList(min, cycle.size()));
            rotated.addAll(cycle.subList(0, min));
            String key = String.join(" -> ", rotated);
            if (reported.add(key)) {
                Service first = services.get(rotated.get(0));
                String next = rotated.get(1);
                SourceLocation at = first.dependsOn().stream().filter(d -> d.service().equals(next))
                        .map(Dependency::location).findFirst().orElse(first.location());
                out.add(finding("dependency cycle: " + key + " -> " + rotated.get(0), at,
                        List.of("services", rotated.get(0), "depends_on", next)));
            }
            return;
        }
        Service s = services.get(name);
        if (s == null) {
            return;
        }
        state.put(name, 1);
        stack.add(name);
        List<String> deps = new ArrayList<>(s.dependencyNames());
        java.util.Collections.sort(deps);
        for (String dep : deps) {
            if (!dep.equals(name)) {
                visit(dep, services, state, stack, reported, out);
            }
        }
        stack.remove(stack.size() - 1);
        state.put(name, 2);
    }
}

package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

/** Two published ports that bind the same host port, protocol and address. */
public final class HostPortConflictRule extends AbstractRule {
    public HostPortConflictRule() {
        super("host-port-conflict", Severity.ERROR, Category.CONFLICT, "Host port published twice",
                "A host port can be bound once per protocol and address; the second container fails with "
                + "\"port is already allocated\". Ranges overlap when they share any port; 0.0.0.0 (the default) "
                + "overlaps every address. See https://docs.docker.com/reference/compose-file/services/#ports");
    }

    private record Bound(String service, int index, PortRange range, String protocol, String ip, PortMapping port) {
    }

    /** Ranges up to this many ports are looked up port by port; longer ones are compared with every bound. */
    private static final int LOOKUP_LIMIT = 64;

    @Override
    public List<Finding> check(CheckContext ctx) {
        List<Finding> out = new ArrayList<>();
        List<Bound> seen = new ArrayList<>();
        // Indexes into seen: one-port bounds by protocol and port, and the wider ranges.
        Map<String, Map<Integer, List<Integer>>> singles = new HashMap<>();
        List<Integer> wide = new ArrayList<>();
        for (ServiceScope s : ctx.services()) {
            long replicas = s.service().deploy().flatMap(Deploy::replicas).orElse(s.service().scale().orElse(1L));
            List<PortMapping> ports = s.service().ports();
            for (int i = 0; i < ports.size(); i++) {
                PortMapping p = ports.get(i);
                Optional<PortRange> range = p.publishedRange();
                if (range.isEmpty() || p.mode().equals("host") && replicas > 1) {
                    continue;
                }
                Bound b = new Bound(s.name(), i, range.get(), p.protocol(), p.hostIp().orElse("0.0.0.0"), p);
                Bound other = firstConflict(b, seen, singles.getOrDefault(b.protocol(), Map.of()), wide);
                if (other != null) {
                    String where = other.service().equals(b.service()) ? "itself" : "service " + other.service();
                    out.add(finding("service " + s.name() + " publishes host port " + b.range() + "/" + b.protocol()
                            + ", already published by " + where + " (" + other.port().location().line() + ":"
                            + other.port().location().column() + ")", p.location(), s.path("ports", i)));
                }
                int index = seen.size();
                seen.add(b);
                if (b.range().start() == b.range().end()) {
                    singles.computeIfAbsent(b.protocol(), k -> new HashMap<>())
                            .computeIfAbsent(b.range().start(), k -> new ArrayList<>()).add(index);
                } else {
                    wide.add(index);
                }
            }
        }
        return out;
    }

    /** The earliest bound in {@code seen} that {@code b} conflicts with, or null. */
    private static Bound firstConflict(Bound b, List<Bound> seen, Map<Integer, List<Integer>> singles,
            List<Integer> wide) {
        if ((long) b.range().end() - b.range().start() >= LOOKUP_LIMIT) {
            for (Bound other : seen) {
                if (conflicts(other, b)) {
                    return other;
                }
            }
            return null;
        }
        int first = Integer.MAX_VALUE;
        for (int port = b.range().start(); port <= b.range().end(); port++) {
            for (int index : singles.getOrDefault(port, List.of())) {
                if (index < first && conflicts(seen.get(index), b)) {
                    first = index;
                    break;
                }
            }
        }
        for (int index : wide) {
            if (index >= first) {
                break;
            }
            if (conflicts(seen.get(index), b)) {
                first = index;
                break;
            }
        }
        return first == Integer.MAX_VALUE ? null : seen.get(first);
    }

    private static boolean conflicts(Bound other, Bound b) {
        return other.protocol().equals(b.protocol()) && overlaps(other.range(), b.range())
                && sameAddress(other.ip(), b.ip());
    }

    private static boolean overlaps(PortRange a, PortRange b) {
        return a.start() <= b.end() && b.start() <= a.end();
    }

    private static boolean sameAddress(String a, String b) {
        String x = a.replace("[", "").replace("]", "");
        String y = b.replace("[", "").replace("]", "");
        return x.equals(y) || x.equals("0.0.0.0") || y.equals("0.0.0.0") || x.equals("::") || y.equals("::");
    }
}

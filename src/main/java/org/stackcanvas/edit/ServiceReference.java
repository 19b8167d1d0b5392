package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * A place where one service names another: {@code depends_on}, {@code links}, {@code volumes_from},
 * {@code network_mode}/{@code ipc}/{@code pid: service:x} and same-file {@code extends}.
 *
 * @param kind      how the name is written
 * @param location  where the text is written (possibly inside an anchor shared by several services)
 * @param text      the written text, e.g. {@code db:database} for a link with an alias
 * @param prefix    what comes before the service name in {@code text} ({@code service:} or "")
 */
public record ServiceReference(Kind kind, SourceLocation location, String text, String prefix) {

    public enum Kind {
        /** An item of a list: depends_on, links, volumes_from. */
        LIST_ITEM,
        /** A key of a mapping: depends_on in long form. */
        MAP_KEY,
        /** A value that is dropped with its key when the service goes: network_mode, ipc, pid. */
        ATTRIBUTE,
        /** The extends target: the whole extends entry goes with the service. */
        EXTENDS
    }

    /** The text with {@code newName} in place of the service name. */
    public String renamed(String oldName, String newName) {
        return prefix + newName + text.substring(prefix.length() + oldName.length());
    }

    /** Every reference to {@code target} in the document, last in the file first (safe patch order). */
    public static List<ServiceReference> find(ComposeDocument doc, String target) {
        List<ServiceReference> found = new ArrayList<>();
        if (!(doc.tree() instanceof YMap root) || !(root.get("services") instanceof YMap services)) {
            return found;
        }
        for (YMap.Entry entry : services.entryList()) {
            if (entry.value() instanceof YMap service) {
                collect(service, target, found);
            }
        }
        Set<SourceLocation> seen = new HashSet<>();
        found.removeIf(r -> !seen.add(r.location()));
        found.sort(Comparator.comparingInt((ServiceReference r) -> r.location().line())
                .thenComparingInt(r -> r.location().column()).reversed());
        return found;
    }

    private static void collect(YMap service, String target, List<ServiceReference> out) {
        YValue dependsOn = service.get("depends_on");
        if (dependsOn instanceof YList list) {
            items(list, target, "", false, out);
        } else if (dependsOn instanceof YMap map && map.has(target)) {
            out.add(new ServiceReference(Kind.MAP_KEY, map.keyLocation(target), target, ""));
        }
        if (service.get("links") instanceof YList links) {
            items(links, target, "", true, out);
        }
        if (service.get("volumes_from") instanceof YList from) {
            items(from, target, "", true, out);
        }
        for (String attribute : List.of("network_mode", "ipc", "pid")) {
            if (service.get(attribute) instanceof YScalar s && s.text().equals("service:" + target)) {
                out.add(new ServiceReference(Kind.ATTRIBUTE, s.location(), s.text(), "service:"));
            }
        }
        YValue extendsValue = service.get("extends");
        if (extendsValue instanceof YScalar s && s.text().equals(target)) {
            out.add(new ServiceReference(Kind.EXTENDS, s.location(), s.text(), ""));
        } else if (extendsValue instanceof YMap m && !m.has("file") && m.get("service") instanceof YScalar s
                && s.text().equals(target)) {
            out.add(new ServiceReference(Kind.EXTENDS, s.location(), s.text(), ""));
        }
    }

    private static void items(YList list, String target, String prefix, boolean colonSuffix, List<ServiceReference> out) {
        for (YValue item : list.items()) {
            if (item instanceof YScalar s && (s.text().equals(target)
                    || colonSuffix && s.text().startsWith(target + ":"))) {
                out.add(new ServiceReference(Kind.LIST_ITEM, s.location(), s.text(), prefix));
            }
        }
    }
}

package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Sets (or removes, with null) one scalar below a service attribute, such as
 * {@code healthcheck.interval}, {@code build.context} or {@code deploy.resources.limits.memory}.
 * Missing mappings on the way are created; a short {@code build: ./dir} becomes the long form;
 * a removal that empties a mapping removes the mapping too.
 */
public final class SetNestedAttributeCommand extends ServiceCommand {

    /** Keys Compose reads as numbers or booleans: written bare, not quoted. */
    private static final Set<String> TYPED = Set.of("retries", "cpus", "pids", "disable", "no_cache", "pull",
            "privileged", "replicas");

    private final List<String> path;
    private final String value;

    public SetNestedAttributeCommand(String documentName, String service, List<String> path, String value) {
        super(documentName, service);
        this.path = List.copyOf(path);
        if (this.path.isEmpty()) {
            throw new IllegalArgumentException("empty attribute path");
        }
        this.value = value;
    }

    @Override
    public String description() {
        return (value == null ? "Remove " : "Set ") + String.join(".", path) + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        List<Object> full = new ArrayList<>(servicePath());
        full.addAll(path);
        Optional<YValue> present = ComposeEditor.effective(doc, full);
        String leaf = path.get(path.size() - 1);
        List<Object> parent = full.subList(0, full.size() - 1);
        if (value == null) {
            if (present.isEmpty()) {
                return doc;
            }
            return editor.removePruning(doc, parent, leaf, 2);
        }
        if (present.orElse(null) instanceof YScalar s && s.text().equals(value) && s.kind() != YScalar.Kind.NULL) {
            return doc;
        }
        ComposeDocument expanded = path.size() > 1 ? BuildForm.expandIfShort(doc, service, path.get(0), editor) : doc;
        Object written = value;
        if (TYPED.contains(leaf) && YScalar.kindOfPlain(value) != YScalar.Kind.STRING) {
            written = YScalar.plain(value, SourceLocation.UNKNOWN);
        }
        return editor.set(expanded, List.copyOf(parent), leaf, written);
    }

    public List<String> path() {
        return path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetNestedAttributeCommand c && c.service.equals(service) && c.path.equals(path)
                && Objects.equals(c.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(service, path, value);
    }
}

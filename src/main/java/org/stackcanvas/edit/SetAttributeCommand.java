package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;

/** Sets a single-value attribute of a service ({@code image}, {@code restart}, ...), or removes it (null). */
public final class SetAttributeCommand extends ServiceCommand {

    private final String attribute;
    private final String value;

    public SetAttributeCommand(String documentName, String service, String attribute, String value) {
        super(documentName, service);
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.value = value;
    }

    @Override
    public String description() {
        return value == null ? "Remove " + attribute + " of " + service : "Set " + attribute + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (value == null) {
            return current.has(attribute) ? editor.removePruning(doc, servicePath(), attribute, 2) : doc;
        }
        if (current.get(attribute) instanceof YScalar s && s.text().equals(value)) {
            return doc;
        }
        Object written = value;
        if (YScalar.kindOfPlain(value) != YScalar.Kind.STRING && keepsType(current)) {
            written = YScalar.plain(value, SourceLocation.UNKNOWN); // e.g. read_only: true stays a boolean
        }
        return editor.set(doc, servicePath(), attribute, written);
    }

    /** Attributes Compose reads as numbers or booleans are written bare; others as strings. */
    private boolean keepsType(YMap current) {
        return switch (attribute) {
            case "read_only", "privileged", "init", "tty", "stdin_open", "oom_kill_disable", "cpus", "cpu_shares",
                    "pids_limit", "scale", "oom_score_adj", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota",
                    "cpu_rt_period", "cpu_rt_runtime", "mem_swappiness", "blkio_weight" -> true;
            default -> current.get(attribute) instanceof YScalar old && old.kind() != YScalar.Kind.STRING
                    && BlockWriter.isInline(value);
        };
    }
}

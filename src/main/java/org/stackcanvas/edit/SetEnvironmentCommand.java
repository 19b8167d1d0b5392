package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

/**
 * Sets (value non-null) or removes (value null) one environment variable, in whichever form the
 * service writes {@code environment}: a list of {@code KEY=value} or a mapping.
 */
public final class SetEnvironmentCommand extends ServiceCommand {

    private final String key;
    private final String value;

    public SetEnvironmentCommand(String documentName, String service, String key, String value) {
        super(documentName, service);
        this.key = Objects.requireNonNull(key, "key");
        this.value = value;
    }

    public static SetEnvironmentCommand unset(String documentName, String service, String key) {
        return new SetEnvironmentCommand(documentName, service, key, null);
    }

    @Override
    public String description() {
        return (value == null ? "Remove " : "Set ") + "environment variable " + key + " of " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (key.isEmpty() || key.contains("=") || key.chars().anyMatch(Character::isWhitespace)) {
            throw new EditException(doc.name(), "'" + key + "' is not a valid variable name");
        }
        // environment is one of the list-or-mapping attributes; the general command writes it in
        // whichever form the service uses.
        return new SetKeyValueCommand(documentName(), service, List.of("environment"), key, value)
                .edit(doc, current, editor);
    }
}

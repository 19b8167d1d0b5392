package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

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
        List<Object> envPath = ComposeEditor.append(servicePath(), "environment");
        YValue env = current.get("environment");
        if (env instanceof YList list) {
            int index = indexOf(list);
            if (value == null) {
                return index < 0 ? doc : editor.removeItemPruning(doc, envPath, index, 2);
            }
            String item = key + "=" + value;
            if (index >= 0 && list.get(index) instanceof YScalar s && s.text().equals(item)) {
                return doc;
            }
            ComposeDocument local = editor.localize(doc, envPath);
            return index < 0 ? editor.append(local, envPath, item)
                    : editor.patcher().replaceItem(local, envPath, index, item);
        }
        if (env instanceof YMap map) {
            if (value == null) {
                return map.has(key) ? editor.removePruning(doc, envPath, key, 2) : doc;
            }
            if (map.get(key) instanceof YScalar s && s.text().equals(value) && s.kind() == YScalar.Kind.STRING) {
                return doc;
            }
            return editor.set(doc, envPath, key, value);
        }
        if (value == null) {
            return doc;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put(key, value);
        return editor.set(doc, servicePath(), "environment", created);
    }

    private int indexOf(YList list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YScalar s && (s.text().equals(key) || s.text().startsWith(key + "="))) {
                return i;
            }
        }
        return -1;
    }
}

package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Adds or removes one entry of a service's {@code env_file}, {@code secrets} or {@code configs}:
 * the wire from a service to an env file, secret or config. Entries are matched by their text in
 * the short form, or by {@code path} / {@code source} in the long form.
 */
public final class ServiceItemCommand extends ServiceCommand {

    public static final Set<String> ATTRIBUTES = Set.of("env_file", "secrets", "configs");

    private final String attribute;
    private final String value;
    private final boolean add;

    private ServiceItemCommand(String documentName, String service, String attribute, String value, boolean add) {
        super(documentName, service);
        if (!ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("not a list of references: " + attribute);
        }
        this.attribute = attribute;
        this.value = Objects.requireNonNull(value, "value");
        this.add = add;
    }

    public static ServiceItemCommand add(String documentName, String service, String attribute, String value) {
        return new ServiceItemCommand(documentName, service, attribute, value, true);
    }

    public static ServiceItemCommand remove(String documentName, String service, String attribute, String value) {
        return new ServiceItemCommand(documentName, service, attribute, value, false);
    }

    @Override
    public String description() {
        String what = switch (attribute) {
            case "env_file" -> "env file ";
            case "secrets" -> "secret ";
            default -> "config ";
        };
        return add ? "Give " + service + " the " + what + value : "Take the " + what + value + " from " + service;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        List<Object> listPath = ComposeEditor.append(servicePath(), attribute);
        YValue present = current.get(attribute);
        if (present instanceof YScalar s && !s.isNull()) {
            if (s.text().equals(value)) {
                return add ? doc : editor.removePruning(doc, servicePath(), attribute, 2);
            }
            return add ? editor.set(doc, servicePath(), attribute, List.of(s.text(), value)) : doc;
        }
        if (present instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (matches(list.get(i))) {
                    return add ? doc : editor.removeItemPruning(doc, listPath, i, 2);
                }
            }
            return add ? editor.append(doc, listPath, value) : doc;
        }
        return add ? editor.set(doc, servicePath(), attribute, List.of(value)) : doc;
    }

    private boolean matches(YValue item) {
        if (item instanceof YScalar s) {
            return s.text().equals(value);
        }
        return item instanceof YMap map && map.text(attribute.equals("env_file") ? "path" : "source")
                .orElse("").equals(value);
    }
}

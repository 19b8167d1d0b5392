package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Sets (or removes, with null) one attribute of a top-level network, volume, secret or config,
 * such as {@code driver}, {@code name}, {@code external} or {@code file}. An empty declaration
 * ({@code data:}) becomes a mapping.
 */
public final class SetElementAttributeCommand extends DocumentCommand {

    public static final Set<String> SECTIONS = Set.of("networks", "volumes", "secrets", "configs");
    private static final Set<String> BOOLEANS = Set.of("external", "internal", "attachable", "enable_ipv6",
            "enable_ipv4");

    private final String section;
    private final String element;
    private final String attribute;
    private final String value;

    public SetElementAttributeCommand(String documentName, String section, String element, String attribute,
            String value) {
        super(documentName);
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException(section + " is not one of " + SECTIONS);
        }
        this.section = section;
        this.element = Objects.requireNonNull(element, "element");
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.value = value;
    }

    @Override
    public String description() {
        return (value == null ? "Remove " : "Set ") + attribute + " of " + section.substring(0, section.length() - 1)
                + " " + element;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        List<Object> elementPath = ComposeEditor.path(section, element);
        Optional<YValue> declared = ComposeEditor.effective(doc, elementPath);
        if (declared.isEmpty()) {
            throw new EditException(doc.name(), "no " + section.substring(0, section.length() - 1) + " '" + element
                    + "' is declared in this file");
        }
        Optional<YValue> present = ComposeEditor.effective(doc, ComposeEditor.append(elementPath, attribute));
        if (value == null) {
            return present.isEmpty() ? doc : editor.removePruning(doc, elementPath, attribute, 2);
        }
        if (present.orElse(null) instanceof YScalar s && s.text().equals(value) && s.kind() != YScalar.Kind.NULL) {
            return doc;
        }
        Object written = BOOLEANS.contains(attribute) && YScalar.kindOfPlain(value) == YScalar.Kind.BOOL
                ? YScalar.plain(value, SourceLocation.UNKNOWN) : value;
        if (declared.get().isNull()) {
            Map<String, Object> created = new LinkedHashMap<>();
            created.put(attribute, written);
            return editor.set(doc, ComposeEditor.path(section), element, created);
        }
        return editor.set(doc, elementPath, attribute, written);
    }
}

package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;

/**
 * Declares a new top-level element: a network, volume, secret or config (or a service with a whole
 * definition, as a paste does), at the end of its section.
 */
public final class AddTopLevelCommand extends DocumentCommand {

    public static final Set<String> SECTIONS = Set.of("services", "networks", "volumes", "secrets", "configs");

    private final String section;
    private final String name;
    private final Map<String, Object> body;

    public AddTopLevelCommand(String documentName, String section, String name, Map<String, Object> body) {
        super(documentName);
        if (!SECTIONS.contains(section)) {
            throw new IllegalArgumentException("not a top-level section: " + section);
        }
        this.section = section;
        this.name = Objects.requireNonNull(name, "name");
        this.body = new LinkedHashMap<>(body);
    }

    @Override
    public String description() {
        return "Add " + singular(section) + " " + name;
    }

    @Override
    protected ComposeDocument apply(ComposeDocument doc, ComposeEditor editor) throws DocumentException {
        ServiceNames.check(doc.name(), name);
        if (ComposeEditor.effective(doc, ComposeEditor.path(section, name)).isPresent()) {
            throw new EditException(doc.name(), "a " + singular(section) + " named '" + name
                    + "' already exists; choose another name");
        }
        return editor.set(doc, ComposeEditor.path(section), name, new LinkedHashMap<>(body));
    }

    static String singular(String section) {
        return section.substring(0, section.length() - 1);
    }
}

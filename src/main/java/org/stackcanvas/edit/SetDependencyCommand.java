package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Makes a service depend on another with a condition. A short {@code depends_on} list is turned
 * into the long form, since only the long form can say a condition.
 */
public final class SetDependencyCommand extends ServiceCommand {

    public static final Set<String> CONDITIONS =
            Set.of("service_started", "service_healthy", "service_completed_successfully");

    private final String dependency;
    private final String condition;

    public SetDependencyCommand(String documentName, String service, String dependency, String condition) {
        super(documentName, service);
        this.dependency = Objects.requireNonNull(dependency, "dependency");
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    @Override
    public String description() {
        return "Make " + service + " wait for " + dependency + " (" + condition + ")";
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        if (!CONDITIONS.contains(condition)) {
            throw new EditException(doc.name(), "'" + condition + "' is not a depends_on condition; use one of "
                    + String.join(", ", CONDITIONS.stream().sorted().toList()));
        }
        if (ComposeEditor.service(doc, dependency).isEmpty()) {
            throw new EditException(doc.name(), "no service '" + dependency + "' to depend on");
        }
        if (dependency.equals(service)) {
            throw new EditException(doc.name(), "a service cannot depend on itself");
        }
        YValue dependsOn = current.get("depends_on");
        if (dependsOn instanceof YMap map) {
            if (map.get(dependency) instanceof YMap entry && entry.text("condition").orElse("").equals(condition)) {
                return doc;
            }
            if (map.get(dependency) instanceof YMap) {
                return editor.set(doc, ComposeEditor.path("services", service, "depends_on", dependency),
                        "condition", condition);
            }
            return editor.set(doc, ComposeEditor.append(servicePath(), "depends_on"), dependency, entry(condition));
        }
        Map<String, Object> longForm = new LinkedHashMap<>();
        if (dependsOn instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s) {
                    longForm.put(s.text(), entry("service_started"));
                }
            }
        }
        longForm.put(dependency, entry(condition));
        return editor.set(doc, servicePath(), "depends_on", longForm);
    }

    private static Map<String, Object> entry(String condition) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("condition", condition);
        return entry;
    }
}

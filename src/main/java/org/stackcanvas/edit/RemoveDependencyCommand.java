package org.stackcanvas.edit;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Stops a service from depending on another, in either form of {@code depends_on}. */
public final class RemoveDependencyCommand extends ServiceCommand {

    private final String dependency;

    public RemoveDependencyCommand(String documentName, String service, String dependency) {
        super(documentName, service);
        this.dependency = Objects.requireNonNull(dependency, "dependency");
    }

    @Override
    public String description() {
        return "Stop " + service + " waiting for " + dependency;
    }

    @Override
    protected ComposeDocument edit(ComposeDocument doc, YMap current, ComposeEditor editor) throws DocumentException {
        List<Object> dependsPath = ComposeEditor.append(servicePath(), "depends_on");
        YValue dependsOn = current.get("depends_on");
        if (dependsOn instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YScalar s && s.text().equals(dependency)) {
                    return editor.removeItemPruning(doc, dependsPath, i, 2);
                }
            }
        } else if (dependsOn instanceof YMap map && map.has(dependency)) {
            return editor.removePruning(doc, dependsPath, dependency, 2);
        }
        return doc;
    }
}

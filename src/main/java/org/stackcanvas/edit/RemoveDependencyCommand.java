package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;

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
        return editor.removeName(doc, ComposeEditor.append(servicePath(), "depends_on"), dependency);
    }
}

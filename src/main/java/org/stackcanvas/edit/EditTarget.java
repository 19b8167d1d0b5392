package org.stackcanvas.edit;

import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.project.LoadedProject;

/**
 * Which file an edit of a service goes to in a project of several files (main, override, extended,
 * included). The file whose value is in effect is edited, so the change shows; a value the service
 * only inherits from another file ({@code extends}, {@code include}) is overridden in the service's
 * own file rather than changed at its source, where other services may use it.
 */
public final class EditTarget {

    private EditTarget() {
    }

    /** The document name to edit for {@code attribute} of {@code service}. */
    public static String forAttribute(LoadedProject project, String service, String attribute) throws EditException {
        Objects.requireNonNull(project, "project");
        YMap services = project.services();
        if (!(services.get(service) instanceof YMap definition)) {
            throw new EditException(project.composeFiles().isEmpty() ? project.name()
                    : project.composeFiles().get(0).toString(), "no active service '" + service + "' in the project");
        }
        YValue value = definition.get(attribute);
        if (value != null && definesService(project, value.location().file(), service)) {
            return value.location().file();
        }
        return forService(project, service);
    }

    /** The document that defines {@code service} itself (its first definition, in load order). */
    public static String forService(LoadedProject project, String service) throws EditException {
        for (ComposeDocument doc : project.documents()) {
            if (definesService(doc, service)) {
                return doc.name();
            }
        }
        throw new EditException(project.name(), "no file of the project defines service '" + service + "'");
    }

    private static boolean definesService(LoadedProject project, String file, String service) {
        return project.document(file).map(doc -> definesService(doc, service)).orElse(false);
    }

    private static boolean definesService(ComposeDocument doc, String service) {
        return doc.tree() instanceof YMap root && root.get("services") instanceof YMap services
                && services.has(service);
    }
}

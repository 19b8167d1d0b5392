package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.YMap;
import org.stackcanvas.env.Environment;

/**
 * A compose project as Compose would run it, plus what the editor needs to change it.
 *
 * @param name             the project name
 * @param directory        the project directory (relative paths in the model mean this folder)
 * @param composeFiles     the project's own files in load order: main file, then override files
 * @param documents        every file read, in order: the compose files, then included and extended
 *                         files as first met; the file that defines an element is the document whose
 *                         {@link ComposeDocument#name()} is the element's location file
 * @param model            the effective model: files merged, {@code extends} and {@code include}
 *                         applied, variables interpolated, inactive services removed; every value keeps
 *                         the location where it is written
 * @param environment      the variables the project was interpolated with
 * @param activeProfiles   the enabled profiles ({@code --profile} or COMPOSE_PROFILES)
 * @param inactiveServices services left out because none of their profiles is enabled
 * @param warnings         what Compose would warn about, in the order found
 */
public record LoadedProject(
        String name,
        Path directory,
        List<Path> composeFiles,
        List<ComposeDocument> documents,
        YMap model,
        Environment environment,
        List<String> activeProfiles,
        YMap inactiveServices,
        List<LoadWarning> warnings) {

    public LoadedProject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        composeFiles = List.copyOf(composeFiles);
        documents = List.copyOf(documents);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(environment, "environment");
        activeProfiles = List.copyOf(activeProfiles);
        Objects.requireNonNull(inactiveServices, "inactiveServices");
        warnings = List.copyOf(warnings);
    }

    /** The document with this name (a location's {@code file}). */
    public Optional<ComposeDocument> document(String documentName) {
        return documents.stream().filter(d -> d.name().equals(documentName)).findFirst();
    }

    /** The active services, by name, in order. */
    public YMap services() {
        return model.map("services").orElse(YMap.empty(model.location()));
    }

    public List<String> inactiveServiceNames() {
        return new ArrayList<>(inactiveServices.keys());
    }
}

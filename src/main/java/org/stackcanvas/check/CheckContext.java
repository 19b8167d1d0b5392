package org.stackcanvas.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YMap;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.project.LoadWarning;

/**
 * Everything a rule may look at. When the project loaded, {@code tree} and {@code model} are the
 * effective project (merged, interpolated, paths absolute); when loading failed, they are read
 * from the main file as written, so the rules still say as much as they can.
 *
 * @param documents        the compose files as written (suppression comments, raw values)
 * @param tree             the resolved project tree
 * @param model            the typed model of {@code tree}
 * @param directory        the project folder; relative paths resolve against it
 * @param environment      the variables interpolation used
 * @param warnings         the loader's warnings
 * @param inactiveServices services left out by profiles
 * @param services         the active services
 * @param dockerfiles      the Dockerfiles that services build from and that could be read
 * @param loadError        why the project could not be loaded, if it could not
 */
public record CheckContext(
        List<ComposeDocument> documents,
        YMap tree,
        ComposeModel model,
        Path directory,
        Map<String, String> environment,
        List<LoadWarning> warnings,
        YMap inactiveServices,
        List<ServiceScope> services,
        List<DockerfileScope> dockerfiles,
        Optional<DocumentException> loadError) {

    public CheckContext {
        documents = List.copyOf(documents);
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(directory, "directory");
        environment = Map.copyOf(environment);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(inactiveServices, "inactiveServices");
        services = List.copyOf(services);
        dockerfiles = List.copyOf(dockerfiles);
        Objects.requireNonNull(loadError, "loadError");
    }

    public Optional<ComposeDocument> document(String name) {
        return documents.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The main compose file (where project-level fixes go). */
    public Optional<ComposeDocument> mainDocument() {
        return documents.stream().findFirst();
    }

    public Path resolve(String path) {
        String p = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        return directory.resolve(p).normalize();
    }

    public boolean exists(String path) {
        return Files.exists(resolve(path));
    }

    public Optional<ServiceScope> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}

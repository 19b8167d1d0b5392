package org.stackcanvas.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.env.Environment;
import org.stackcanvas.env.InterpolationException;
import org.stackcanvas.env.Interpolator;

/**
 * Loads a compose project with the Compose CLI's semantics: which files ({@code -f},
 * COMPOSE_FILE, discovery with override file), which environment ({@code .env} or
 * {@code --env-file}, process environment winning), the project name and the profiles, then the
 * merged model from {@link ModelLoader}. Every failure is a {@link DocumentException} that says
 * where and what to do.
 */
public final class ProjectLoader {

    static final String COMPOSE_PROJECT_NAME = "COMPOSE_PROJECT_NAME";
    static final String COMPOSE_PROFILES = "COMPOSE_PROFILES";

    private final DocumentParser parser;
    private final ComposeFileDiscovery discovery;

    public ProjectLoader(DocumentParser parser, ComposeFileDiscovery discovery) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.discovery = Objects.requireNonNull(discovery, "discovery");
    }

    public ProjectLoader() {
        this(new DocumentParser(), new ComposeFileDiscovery());
    }

    public LoadedProject load(ProjectOptions options) throws DocumentException {
        return load(options, Map.of());
    }

    /**
     * Loads with some files taken from memory instead of disk: the editor's open documents, with
     * edits not saved yet. Keys are absolute, normalised paths.
     */
    public LoadedProject load(ProjectOptions options, Map<Path, ComposeDocument> openDocuments)
            throws DocumentException {
        Objects.requireNonNull(options, "options");
        List<LoadWarning> discoveryWarnings = new ArrayList<>();
        List<Path> files = composeFiles(options, discoveryWarnings);
        Path directory = options.projectDirectory().map(options::resolve).orElse(files.get(0).getParent());
        FileNames names = new FileNames(directory);
        LoadSession session = new LoadSession(parser, names, openDocuments);
        for (LoadWarning w : discoveryWarnings) {
            session.warn(new LoadWarning(SourceLocation.file(names.of(Path.of(w.location().file())))
                    .withoutPosition(), w.message()));
        }
        Environment environment = ProjectEnvironment.load(options.processEnvironment(),
                ProjectEnvironment.envFiles(options, directory), names);
        List<ComposeDocument> composeDocuments = new ArrayList<>();
        for (Path file : files) {
            composeDocuments.add(session.read(file,
                    SourceLocation.file(names.of(file)).withoutPosition(), "compose file"));
        }
        String name = projectName(options, environment, composeDocuments, directory);
        // Compose makes the resolved name available to interpolation as COMPOSE_PROJECT_NAME.
        Map<String, String> variables = new LinkedHashMap<>(environment.asMap());
        variables.put(COMPOSE_PROJECT_NAME, name);
        Environment projectEnvironment = Environment.of(variables, List.of());

        YMap merged = new ModelLoader(session, ModelMerger.compose(), UniqueItems.compose())
                .load(files, directory, Scope.of(projectEnvironment), List.of());
        YMap model = ModelMerger.finish(merged);
        if (model.size() == 0) {
            throw new DocumentException(SourceLocation.file(names.of(files.get(0))).withoutPosition(),
                    "the compose file is empty; add a services: section");
        }
        List<String> profiles = options.profiles().isEmpty()
                ? ProfileFilter.parse(projectEnvironment.get(COMPOSE_PROFILES).orElse(null))
                : options.profiles();
        ProfileFilter.Result filtered = new ProfileFilter(profiles).apply(model);
        warnAboutInactiveDependencies(filtered, session);
        return new LoadedProject(name, directory, files, session.documents(), filtered.model(),
                projectEnvironment, profiles, filtered.inactiveServices(), session.warnings());
    }

    private List<Path> composeFiles(ProjectOptions options, List<LoadWarning> warnings) throws DocumentException {
        if (!options.configFiles().isEmpty()) {
            List<Path> files = new ArrayList<>();
            for (Path file : options.configFiles()) {
                Path resolved = options.resolve(file);
                if (!Files.isRegularFile(resolved)) {
                    throw new DocumentException(SourceLocation.file(resolved.toString()).withoutPosition(),
                            "compose file not found; check the -f path");
                }
                files.add(resolved);
            }
            return files;
        }
        // COMPOSE_FILE may come from the working folder's .env, so read it before discovery.
        Path start = options.projectDirectory().map(options::resolve).orElse(options.workingDirectory());
        Environment early = ProjectEnvironment.load(options.processEnvironment(),
                ProjectEnvironment.envFiles(options, start), new FileNames(start));
        ComposeFileDiscovery.Result found = discovery.discover(start, early.asMap());
        warnings.addAll(found.warnings());
        return found.files();
    }

    /**
     * {@code -p}, else COMPOSE_PROJECT_NAME, else the last {@code name:} of the compose files, else
     * the project folder's name. The first two are the user's explicit choice and must be valid;
     * the others are normalised, as compose-go does.
     */
    private static String projectName(ProjectOptions options, Environment environment,
            List<ComposeDocument> documents, Path directory) throws DocumentException {
        if (options.projectName().isPresent()) {
            return explicit(options.projectName().get(), "--project-name");
        }
        Optional<String> fromEnvironment = environment.get(COMPOSE_PROJECT_NAME).filter(s -> !s.isEmpty());
        if (fromEnvironment.isPresent()) {
            return explicit(fromEnvironment.get(), COMPOSE_PROJECT_NAME);
        }
        String fromFiles = "";
        SourceLocation at = null;
        for (ComposeDocument document : documents) {
            YValue value = LoadSession.rawTopLevel(document, "name");
            if (value instanceof YScalar s && !s.isNull() && !s.text().isEmpty()) {
                fromFiles = interpolate(s, environment);
                at = s.location();
            }
        }
        String normalized = ProjectNames.normalize(fromFiles);
        if (!normalized.isEmpty()) {
            return normalized;
        }
        String fromFolder = ProjectNames.normalize(directory.getFileName() == null ? "" : directory.getFileName().toString());
        if (fromFolder.isEmpty()) {
            throw new DocumentException(at != null ? at : SourceLocation.file(directory.toString()).withoutPosition(),
                    "cannot derive a project name from the folder '" + directory.getFileName()
                            + "'; add a top-level name: to the compose file or pass --project-name");
        }
        return fromFolder;
    }

    private static String explicit(String name, String source) throws DocumentException {
        if (!ProjectNames.isValid(name)) {
            throw new DocumentException(new SourceLocation(source, 0, 0), "invalid project name \"" + name
                    + "\": use only lowercase letters, digits, '-' and '_', starting with a letter or digit (e.g. \""
                    + ProjectNames.normalize(name) + "\")");
        }
        return name;
    }

    private static String interpolate(YScalar value, Environment environment) throws DocumentException {
        try {
            return new Interpolator(environment.lookup()).interpolate(value.text()).value();
        } catch (InterpolationException e) {
            throw new DocumentException(value.location(), e.getMessage());
        }
    }

    /** Compose refuses to start a service whose dependency is switched off by its profiles; say so early. */
    private static void warnAboutInactiveDependencies(ProfileFilter.Result filtered, LoadSession session) {
        if (filtered.inactiveServices().size() == 0) {
            return;
        }
        for (YMap.Entry service : filtered.model().map("services").orElseThrow().entryList()) {
            if (!(service.value() instanceof YMap s)) {
                continue;
            }
            YValue dependsOn = s.get("depends_on");
            List<YMap.Entry> dependencies = new ArrayList<>();
            if (dependsOn instanceof YMap m) {
                dependencies.addAll(m.entryList());
            } else if (dependsOn instanceof YList list) {
                for (YValue item : list.items()) {
                    if (item instanceof YScalar name) {
                        dependencies.add(new YMap.Entry(name.text(), name.location(), name));
                    }
                }
            }
            for (YMap.Entry dependency : dependencies) {
                if (filtered.inactiveServices().has(dependency.key())) {
                    session.warn(new LoadWarning(dependency.keyLocation(), "service '" + service.key()
                            + "' depends on '" + dependency.key() + "', which is not active with the enabled "
                            + "profiles; enable one of its profiles or remove the dependency"));
                }
            }
        }
    }
}

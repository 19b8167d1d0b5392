package org.stackcanvas.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.env.Environment;

/**
 * Applies a file's {@code include} section: each entry is loaded as a project of its own (its own
 * project directory, its own {@code .env} under the including project's environment), and its
 * services, networks, volumes, configs, secrets and models are added to the including file. A
 * resource defined both by the included project and by the including file is an error, as in
 * Compose; an override file may still change an included resource.
 */
final class IncludeResolver {

    private static final List<String> RESOURCES =
            List.of("services", "networks", "volumes", "configs", "secrets", "models");

    /** Loads the files of one include entry as a project: the {@link ModelLoader} itself. */
    @FunctionalInterface
    interface SubProjects {
        YMap load(List<Path> files, Path projectDirectory, Scope scope, List<Path> chain) throws DocumentException;
    }

    private record Entry(List<YScalar> paths, YScalar projectDirectory, List<YScalar> envFiles, YValue at) {
    }

    private final LoadSession session;
    private final SubProjects subProjects;

    IncludeResolver(LoadSession session, SubProjects subProjects) {
        this.session = Objects.requireNonNull(session, "session");
        this.subProjects = Objects.requireNonNull(subProjects, "subProjects");
    }

    /**
     * @param chain the files that included this one, outermost first, ending with this file
     */
    YMap apply(YMap model, FileContext context, Scope scope, List<Path> chain) throws DocumentException {
        YValue section = model.get("include");
        if (section == null || section.isNull()) {
            return model.without("include");
        }
        if (!(section instanceof YList list)) {
            throw new DocumentException(section.location(), "include must be a list of files or of "
                    + "{path, project_directory, env_file} entries, not " + section.describeKind());
        }
        YMap result = model.without("include");
        for (YValue item : list.items()) {
            result = include(result, entry(item), context, scope, chain);
        }
        return result;
    }

    private YMap include(YMap model, Entry entry, FileContext context, Scope scope, List<Path> chain)
            throws DocumentException {
        Path folder = context.folder();
        List<Path> files = new ArrayList<>();
        for (YScalar path : entry.paths()) {
            Path file = FileContext.resolve(folder, path);
            if (!Files.isRegularFile(file)) {
                throw new DocumentException(path.location(), "included file " + session.names().of(file)
                        + " not found; check the path or remove the include");
            }
            files.add(file);
        }
        if (chain.contains(files.get(0))) {
            List<String> names = new ArrayList<>();
            for (Path p : chain.subList(chain.indexOf(files.get(0)), chain.size())) {
                names.add(session.names().of(p));
            }
            names.add(session.names().of(files.get(0)));
            throw new DocumentException(entry.at().location(), "include cycle: "
                    + String.join(" includes ", names) + "; remove one of these includes");
        }
        Path projectDirectory = entry.projectDirectory() == null ? files.get(0).getParent()
                : FileContext.resolve(folder, entry.projectDirectory());
        Environment environment = ProjectEnvironment.forInclude(scope.environment(),
                envFiles(entry, folder, projectDirectory), session.names());
        YMap imported = ModelMerger.finish(subProjects.load(files, projectDirectory, Scope.of(environment), chain));
        imported = PathRebaser.between(context.baseDirectory(), projectDirectory).model(imported);
        return importResources(model, imported);
    }

    private List<Path> envFiles(Entry entry, Path folder, Path projectDirectory) throws DocumentException {
        List<Path> files = new ArrayList<>();
        if (entry.envFiles().isEmpty()) {
            Path dotEnv = projectDirectory.resolve(".env");
            if (Files.isRegularFile(dotEnv)) {
                files.add(dotEnv);
            }
            return files;
        }
        for (YScalar name : entry.envFiles()) {
            if (name.text().equals("/dev/null")) {
                continue;
            }
            Path file = FileContext.resolve(folder, name);
            if (!Files.isRegularFile(file)) {
                throw new DocumentException(name.location(), "env file " + session.names().of(file)
                        + " not found; check the path or remove it from env_file");
            }
            files.add(file);
        }
        return files;
    }

    private static YMap importResources(YMap model, YMap imported) throws DocumentException {
        YMap result = model;
        for (String kind : RESOURCES) {
            if (!(imported.get(kind) instanceof YMap added)) {
                continue;
            }
            YMap local = result.get(kind) instanceof YMap m ? m : YMap.empty(added.location());
            Map<String, YMap.Entry> entries = new LinkedHashMap<>(local.entries());
            for (YMap.Entry e : added.entryList()) {
                YMap.Entry mine = entries.get(e.key());
                if (mine == null) {
                    entries.put(e.key(), e);
                } else if (!mine.keyLocation().equals(e.keyLocation())) {
                    throw new DocumentException(mine.keyLocation(), singular(kind) + " '" + e.key()
                            + "' is defined both here and in the included file " + e.keyLocation().file()
                            + " (line " + e.keyLocation().line() + "); rename one of them, or change the "
                            + "included one from an override file");
                }
            }
            result = result.with(kind, local.withEntries(entries));
        }
        return result;
    }

    private static String singular(String kind) {
        return kind.substring(0, kind.length() - 1);
    }

    private static Entry entry(YValue item) throws DocumentException {
        if (item instanceof YScalar s && !s.isNull()) {
            return new Entry(List.of(s), null, List.of(), item);
        }
        if (!(item instanceof YMap m)) {
            throw new DocumentException(item.location(), "each include entry must be a file path or a mapping "
                    + "with path (and optionally project_directory, env_file), not " + item.describeKind());
        }
        List<YScalar> paths = strings(m.get("path"), "path");
        if (paths.isEmpty()) {
            throw new DocumentException(item.location(), "this include entry has no path; add 'path: <compose file>'");
        }
        YScalar projectDirectory = m.get("project_directory") instanceof YScalar s && !s.isNull() ? s : null;
        return new Entry(paths, projectDirectory, strings(m.get("env_file"), "env_file"), item);
    }

    private static List<YScalar> strings(YValue value, String what) throws DocumentException {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value instanceof YScalar s) {
            return List.of(s);
        }
        if (value instanceof YList list) {
            List<YScalar> out = new ArrayList<>();
            for (YValue item : list.items()) {
                if (!(item instanceof YScalar s) || s.isNull()) {
                    throw new DocumentException(item.location(), "include " + what + " entries must be paths, not "
                            + item.describeKind());
                }
                out.add(s);
            }
            return out;
        }
        throw new DocumentException(value.location(), "include " + what + " must be a path or a list of paths, not "
                + value.describeKind());
    }
}

package org.stackcanvas.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.DocumentPatcher;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.project.LoadedProject;

/**
 * File features that Compose v1 ({@code docker-compose} 1.x) rejects: a top-level {@code name:},
 * {@code include:}, {@code depends_on.<service>.required} and {@code deploy.resources.limits.pids}. Checked on every file read (not the
 * merged model, where {@code include} is already resolved), so the user learns the file needs
 * Compose v2 before v1 fails with a schema error.
 *
 * <p>A top-level {@code name:} in the main file is the exception: the project name goes to Compose
 * with {@code -p} anyway, so {@link #adapt} gives v1 that file on standard input without the
 * {@code name} entry (removed as a minimal text edit, so line numbers in v1's messages still
 * match the other lines). The file on disk is not touched.
 */
public final class V1Compatibility {

    private V1Compatibility() {
    }

    /** One message per feature found, with its location; empty when v1 can run the files. */
    public static List<String> problems(LoadedProject project) {
        List<String> problems = new ArrayList<>();
        for (ComposeDocument document : project.documents()) {
            problems.addAll(problems(document.tree()));
        }
        return problems;
    }

    /**
     * The features v1 cannot run even after {@link #adapt}: every problem but the top-level
     * {@code name:} of the main file.
     */
    public static List<String> unadaptableProblems(LoadedProject project) {
        List<String> problems = new ArrayList<>();
        for (ComposeDocument document : project.documents()) {
            List<String> found = problems(document.tree());
            if (isMainFile(project, document) && document.tree() instanceof YMap root && root.has("name")) {
                found = found.subList(1, found.size());
            }
            problems.addAll(found);
        }
        return problems;
    }

    /**
     * The target v1 can run: when the main file has a top-level {@code name:}, that file goes on
     * standard input without it; otherwise the target as it is.
     */
    public static ComposeTarget adapt(LoadedProject project, ComposeTarget target) throws RuntimeProblem {
        if (target.files().isEmpty()) {
            return target;
        }
        Path main = target.files().get(0);
        try {
            DocumentParser parser = new DocumentParser();
            ComposeDocument onDisk = parser.read(main);
            if (!(onDisk.tree() instanceof YMap root) || !root.has("name")) {
                return target;
            }
            ComposeDocument withoutName = new DocumentPatcher(parser).remove(onDisk, List.of(), "name");
            return target.withStdin(0, withoutName.text());
        } catch (DocumentException e) {
            throw new RuntimeProblem("Cannot read " + main + " to run it with docker-compose v1: " + e.describe(), e);
        }
    }

    private static boolean isMainFile(LoadedProject project, ComposeDocument document) {
        return !project.composeFiles().isEmpty() && document.path().isPresent()
                && document.path().get().toAbsolutePath().normalize()
                        .equals(project.composeFiles().get(0).toAbsolutePath().normalize());
    }

    /** The same check for one file's tree. */
    public static List<String> problems(YValue tree) {
        List<String> problems = new ArrayList<>();
        if (!(tree instanceof YMap root)) {
            return problems;
        }
        if (root.has("name")) {
            problems.add(root.keyLocation("name") + ": top-level 'name:' needs Compose v2; docker-compose v1 rejects it"
                    + " (the project name is passed with -p instead, so it can be removed)");
        }
        if (root.has("include")) {
            problems.add(root.keyLocation("include") + ": 'include:' needs Compose v2; docker-compose v1 rejects it");
        }
        root.map("services").ifPresent(services -> {
            for (YMap.Entry service : services.entryList()) {
                if (service.value() instanceof YMap body) {
                    body.map("deploy").flatMap(d -> d.map("resources")).flatMap(r -> r.map("limits"))
                            .filter(limits -> limits.has("pids"))
                            .ifPresent(limits -> problems.add(limits.keyLocation("pids")
                                    + ": 'deploy.resources.limits.pids' (service " + service.key()
                                    + ") needs Compose v2; docker-compose v1 rejects it. 'pids_limit: "
                                    + limits.text("pids").orElse("N") + "' on the service works with both"));
                    body.map("depends_on").ifPresent(dependsOn -> {
                        for (YMap.Entry dependency : dependsOn.entryList()) {
                            if (dependency.value() instanceof YMap condition && condition.has("required")) {
                                problems.add(condition.keyLocation("required") + ": 'depends_on." + dependency.key()
                                        + ".required' (service " + service.key()
                                        + ") needs Compose v2; docker-compose v1 rejects it");
                            }
                        }
                    });
                }
            }
        });
        return problems;
    }
}

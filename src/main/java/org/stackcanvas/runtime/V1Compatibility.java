package org.stackcanvas.runtime;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.project.LoadedProject;

/**
 * File features that Compose v1 ({@code docker-compose} 1.x) rejects: a top-level {@code name:},
 * {@code include:}, and {@code depends_on.<service>.required}. Checked on every file read (not the
 * merged model, where {@code include} is already resolved), so the user learns the file needs
 * Compose v2 before v1 fails with a schema error.
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

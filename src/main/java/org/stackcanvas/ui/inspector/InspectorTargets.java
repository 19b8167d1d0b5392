package org.stackcanvas.ui.inspector;

import java.util.List;

/** Which field or section of the service form shows a compose attribute, by node id. */
final class InspectorTargets {

    private InspectorTargets() {
    }

    /** Node ids to try, most specific first; the Advanced sheet is the last resort. */
    static List<String> idsFor(String attribute) {
        return switch (attribute) {
            case "image" -> List.of("image", "section-image");
            case "build" -> List.of("build-context", "section-build");
            case "command", "entrypoint" -> List.of(attribute, "section-command");
            case "environment" -> List.of("section-environment");
            case "env_file" -> List.of("section-env-files");
            case "ports" -> List.of("section-ports");
            case "volumes" -> List.of("section-volumes");
            case "networks" -> List.of("section-networks");
            case "depends_on" -> List.of("section-depends-on");
            case "healthcheck" -> List.of("section-healthcheck");
            case "restart" -> List.of("restart", "section-runtime");
            case "user", "read_only", "deploy", "cpus", "mem_limit", "pids_limit" -> List.of(
                    attribute.replace('_', '-'), "section-runtime");
            case "labels", "profiles" -> List.of("section-metadata");
            default -> List.of("section-advanced");
        };
    }
}

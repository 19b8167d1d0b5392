package org.stackcanvas.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the relative paths of a canonical project absolute against the project directory, as
 * {@code docker compose config} prints them: build contexts, env files, bind-mount sources and
 * secret/config files. Remote build contexts (git URLs) and named volumes stay as they are.
 */
final class ConfigPaths {

    private ConfigPaths() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> resolve(Map<String, Object> project, Path directory) {
        Map<String, Object> out = copy(project);
        if (out.get("services") instanceof Map<?, ?> services) {
            Map<String, Object> resolvedServices = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : services.entrySet()) {
                resolvedServices.put(String.valueOf(e.getKey()), service((Map<String, Object>) e.getValue(), directory));
            }
            out.put("services", resolvedServices);
        }
        for (String section : List.of("secrets", "configs")) {
            if (out.get(section) instanceof Map<?, ?> items) {
                Map<String, Object> resolved = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : items.entrySet()) {
                    resolved.put(String.valueOf(e.getKey()), withPath((Map<String, Object>) e.getValue(), "file", directory));
                }
                out.put(section, resolved);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> service, Path directory) {
        Map<String, Object> out = copy(service);
        if (out.get("build") instanceof Map<?, ?> build) {
            Object context = build.get("context");
            if (context instanceof String c && !isRemote(c)) {
                out.put("build", withPath((Map<String, Object>) build, "context", directory));
            }
        }
        if (out.get("env_file") instanceof List<?> files) {
            out.put("env_file", files.stream().map(f -> f instanceof Map<?, ?> m
                    ? withPath((Map<String, Object>) m, "path", directory)
                    : (Object) absolute(String.valueOf(f), directory)).toList());
        }
        if (out.get("volumes") instanceof List<?> volumes) {
            out.put("volumes", volumes.stream().map(v -> v instanceof Map<?, ?> m && "bind".equals(m.get("type"))
                    ? (Object) withPath((Map<String, Object>) m, "source", directory) : v).toList());
        }
        return out;
    }

    private static Map<String, Object> withPath(Map<String, Object> map, String key, Path directory) {
        Map<String, Object> out = copy(map);
        if (out.get(key) instanceof String path) {
            out.put(key, absolute(path, directory));
        }
        return out;
    }

    private static boolean isRemote(String context) {
        return context.contains("://") || context.startsWith("git@") || context.startsWith("github.com/");
    }

    static String absolute(String path, Path directory) {
        if (path.startsWith("~") || path.startsWith("/") || path.matches("^[a-zA-Z]:[\\\\/].*")) {
            return path;
        }
        return directory.resolve(path).normalize().toString();
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return new LinkedHashMap<>(map);
    }
}

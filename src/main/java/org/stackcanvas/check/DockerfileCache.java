package org.stackcanvas.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.dockerfile.Dockerfile;
import org.stackcanvas.check.dockerfile.DockerfileParser;
import org.stackcanvas.model.BuildSpec;

/**
 * The Dockerfiles that services build from, read from disk and parsed once until the file's time
 * or size changes, so re-checking after an edit does not read them again.
 */
final class DockerfileCache {

    private record Cached(long modified, long size, Dockerfile dockerfile) {
    }

    private final DockerfileParser parser = new DockerfileParser();
    private final Map<Path, Cached> cache = new HashMap<>();

    /**
     * The Dockerfile a local build uses; empty for inline Dockerfiles, remote contexts, and files
     * that are missing or unreadable (the Dockerfile rules have nothing to say about those).
     */
    Optional<Dockerfile> of(Path directory, BuildSpec build) {
        if (build.dockerfileInline().isPresent() || build.context().isEmpty()) {
            return Optional.empty();
        }
        String context = build.context().get();
        if (context.contains("://") || context.startsWith("git@") || context.startsWith("service:")) {
            return Optional.empty();
        }
        Path file = directory.resolve(context).resolve(build.dockerfile().orElse("Dockerfile")).normalize();
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Cached hit = cache.get(file);
            if (hit != null && hit.modified() == modified && hit.size() == size) {
                return Optional.of(hit.dockerfile());
            }
            Dockerfile parsed = parser.parse(relativeName(directory, file).replace('\\', '/'), Files.readString(file));
            cache.put(file, new Cached(modified, size, parsed));
            return Optional.of(parsed);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String relativeName(Path directory, Path file) {
        try {
            return directory.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            return file.toString();
        }
    }
}

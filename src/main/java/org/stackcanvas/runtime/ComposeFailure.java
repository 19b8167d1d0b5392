package org.stackcanvas.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed Compose command's standard error says, in plain words: which kind of failure, which
 * service it belongs to, and what the user can do. Reads both Compose v1 ({@code docker-compose}
 * 1.29: {@code ERROR: for web  Cannot start service web: ...}) and v2 ({@code docker compose}:
 * {@code Error response from daemon: ...}, {@code dependency failed to start: container shop-db-1 is
 * unhealthy}) wording. Compose's own message is kept by the caller; this only adds the explanation.
 *
 * @param kind        what went wrong
 * @param service     the service the failure belongs to, when the text names it (empty otherwise)
 * @param explanation a sentence or two for the user: the cause and what to do (empty for {@link Kind#OTHER})
 */
public record ComposeFailure(Kind kind, Optional<String> service, String explanation) {

    /** The failures the editor explains; anything else is {@link #OTHER} and shown as Compose said it. */
    public enum Kind {
        /** Compose could not talk to the Docker Engine. */
        ENGINE_UNREACHABLE,
        /** The image is not on this machine and could not be pulled. */
        MISSING_IMAGE,
        /** A published host port is taken by another container or program. */
        PORT_IN_USE,
        /** The container was created but its process could not start. */
        START_FAILED,
        /** A dependency (depends_on condition: service_healthy) failed its healthcheck. */
        DEPENDENCY_UNHEALTHY,
        /** A container exited (v2 {@code up --wait}, or a dependency that had to stay up or succeed). */
        EXITED,
        OTHER
    }

    public ComposeFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(explanation, "explanation");
    }

    private static final Pattern V1_PULLING = Pattern.compile("^Pulling (\\S+) \\((.+)\\)\\.\\.\\.$");
    private static final Pattern NO_SUCH_IMAGE = Pattern.compile("No such image: (\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PULL_DENIED = Pattern.compile("pull access denied for ([^,\\s]+)");
    private static final Pattern REGISTRY_UNREACHABLE = Pattern.compile(
            "Get \"?(https?://[^/\"\\s]+)/v2/\"?: .*(no such host|connection refused|i/o timeout|network is unreachable"
                    + "|TLS handshake timeout|Client\\.Timeout)");
    private static final Pattern PORT_ALLOCATED = Pattern.compile("Bind for (\\S+) failed: port is already allocated");
    private static final Pattern ADDRESS_IN_USE = Pattern.compile("listen \\w+ (\\S+): bind: address already in use");
    private static final Pattern V1_FOR_SERVICE = Pattern.compile("^ERROR: for (\\S+)\\s+(.*)$");
    private static final Pattern V1_CANNOT_START = Pattern.compile("Cannot (?:start|create container for) service"
            + " ([^\\s:]+):");
    private static final Pattern ENDPOINT = Pattern.compile("on endpoint (\\S+) \\(");
    private static final Pattern V1_UNHEALTHY = Pattern.compile("Container \"?([0-9a-f]+)\"? is unhealthy");
    private static final Pattern V2_DEPENDENCY = Pattern.compile(
            "dependency failed to start: container (\\S+) (is unhealthy|exited \\((-?\\d+)\\))");
    private static final Pattern V2_EXITED = Pattern.compile("container (\\S+) exited \\((-?\\d+)\\)");
    private static final Pattern V2_DEPENDENCY_SERVICE = Pattern.compile("Error dependency (\\S+) failed to start");
    private static final Pattern V2_PROGRESS = Pattern.compile(
            "^\\W*Container (\\S+)\\s+(Creating|Created|Starting|Started|Waiting|Error|Recreate|Recreated)\\b.*$");
    private static final Pattern V2_SERVICE_ERROR = Pattern.compile("^\\W*(\\S+)\\s+Error\\b.*$");
    private static final Pattern EXECUTABLE_NOT_FOUND = Pattern.compile("exec: \"([^\"]+)\": executable file not found");
    private static final Pattern ENGINE_DOWN = Pattern.compile("Cannot connect to the Docker daemon"
            + "|Couldn't connect to Docker daemon|Error while fetching server API version"
            + "|Is the docker daemon running\\?");

    /** Nothing recognised: Compose's message stands alone. */
    public static ComposeFailure other(String service) {
        return new ComposeFailure(Kind.OTHER, Optional.ofNullable(service), "");
    }

    /**
     * Reads a failed command's standard error.
     *
     * @param stderr      what Compose wrote to standard error
     * @param projectName the project name it ran with ({@code -p}), to map container names
     *                    ({@code shop-web-1}, v1 {@code shop_web_1}) back to services; may be empty
     */
    public static ComposeFailure read(String stderr, String projectName) {
        String text = stderr == null ? "" : stderr.replace("\r", "");
        String project = projectName == null ? "" : projectName;
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();

        if (ENGINE_DOWN.matcher(text).find()) {
            return new ComposeFailure(Kind.ENGINE_UNREACHABLE, Optional.empty(),
                    "Compose could not reach the Docker Engine. Start the Docker daemon (e.g. 'sudo systemctl start"
                            + " docker', or Docker Desktop), or set DOCKER_HOST to where it listens.");
        }
        ComposeFailure failure = missingImage(lines, project);
        if (failure == null) {
            failure = portInUse(text, lines, project);
        }
        if (failure == null) {
            failure = dependency(text, lines, project);
        }
        if (failure == null) {
            failure = startFailed(text, lines, project);
        }
        return failure != null ? failure : other(lastNamedService(lines, project));
    }

    private static ComposeFailure missingImage(List<String> lines, String project) {
        String service = null;
        String image = null;
        String registry = null;
        boolean missing = false;
        for (String line : lines) {
            Matcher pulling = V1_PULLING.matcher(line);
            if (pulling.matches()) {
                service = pulling.group(1);
                image = pulling.group(2);
                continue;
            }
            Matcher m = NO_SUCH_IMAGE.matcher(line);
            if (m.find()) {
                image = m.group(1);
                missing = true;
            }
            m = PULL_DENIED.matcher(line);
            if (m.find()) {
                image = m.group(1);
                missing = true;
            }
            m = REGISTRY_UNREACHABLE.matcher(line);
            if (m.find()) {
                registry = m.group(1);
                missing = true;
            }
        }
        if (!missing) {
            return null;
        }
        if (service == null) {
            service = lastNamedService(lines, project);
        }
        StringBuilder why = new StringBuilder("The image").append(image == null ? "" : " '" + image + "'")
                .append(service == null ? "" : " of service '" + service + "'")
                .append(" is not on this machine");
        if (registry != null) {
            why.append(", and its registry (").append(registry).append(") could not be reached to pull it");
        } else {
            why.append(" and could not be pulled");
        }
        why.append(". Build or load it here ('docker build -t ").append(image == null ? "IMAGE" : image)
                .append(" ...' or 'docker load'), or correct the image name.");
        return new ComposeFailure(Kind.MISSING_IMAGE, Optional.ofNullable(service), why.toString());
    }

    private static ComposeFailure portInUse(String text, List<String> lines, String project) {
        Matcher allocated = PORT_ALLOCATED.matcher(text);
        Matcher inUse = ADDRESS_IN_USE.matcher(text);
        String address;
        String byWhat;
        if (allocated.find()) {
            address = allocated.group(1);
            byWhat = "another container";
        } else if (inUse.find()) {
            address = inUse.group(1);
            byWhat = "another program on this machine";
        } else {
            return null;
        }
        String service = serviceOfFailedStart(text, lines, project);
        String why = "The host port " + address + (service == null ? "" : " published by service '" + service + "'")
                + " is already used by " + byWhat + ". Stop what uses it, or publish a different host port in"
                + " 'ports:'.";
        return new ComposeFailure(Kind.PORT_IN_USE, Optional.ofNullable(service), why);
    }

    private static ComposeFailure dependency(String text, List<String> lines, String project) {
        Matcher v2 = V2_DEPENDENCY.matcher(text);
        if (v2.find()) {
            String container = v2.group(1);
            Matcher named = V2_DEPENDENCY_SERVICE.matcher(text);
            String service = named.find() ? named.group(1) : serviceOfContainer(container, project);
            String who = service != null ? "Service '" + service + "'" : "Container " + container;
            if (v2.group(3) == null) {
                return new ComposeFailure(Kind.DEPENDENCY_UNHEALTHY, Optional.ofNullable(service), who
                        + " failed its healthcheck, so the services that depend on it (condition: service_healthy)"
                        + " were not started. Look at its logs and its healthcheck test.");
            }
            return new ComposeFailure(Kind.EXITED, Optional.ofNullable(service), who + " exited with code "
                    + v2.group(3) + ", so the services that depend on it were not started. Look at its logs.");
        }
        Matcher v2Exited = V2_EXITED.matcher(text);
        if (v2Exited.find()) {
            String service = serviceOfContainer(v2Exited.group(1), project);
            String who = service != null ? "Service '" + service + "'" : "Container " + v2Exited.group(1);
            return new ComposeFailure(Kind.EXITED, Optional.ofNullable(service), who + " exited with code "
                    + v2Exited.group(2) + " while Compose waited for it to run. Look at its logs.");
        }
        for (String line : lines) {
            Matcher v1 = V1_FOR_SERVICE.matcher(line);
            if (v1.matches()) {
                Matcher unhealthy = V1_UNHEALTHY.matcher(v1.group(2));
                if (unhealthy.find()) {
                    String service = v1.group(1);
                    return new ComposeFailure(Kind.DEPENDENCY_UNHEALTHY, Optional.of(service), "Service '" + service
                            + "' waits for a dependency to be healthy (depends_on condition: service_healthy), but"
                            + " container " + unhealthy.group(1) + " failed its healthcheck, so '" + service
                            + "' was not started. Look at that dependency's logs and healthcheck test.");
                }
            }
        }
        return null;
    }

    private static ComposeFailure startFailed(String text, List<String> lines, String project) {
        boolean v1 = V1_CANNOT_START.matcher(text).find();
        boolean runtime = text.contains("OCI runtime create failed") || text.contains("failed to create shim task")
                || text.contains("unable to start container process");
        if (!v1 && !runtime) {
            return null;
        }
        String service = serviceOfFailedStart(text, lines, project);
        Matcher notFound = EXECUTABLE_NOT_FOUND.matcher(text);
        String cause = notFound.find()
                ? "its command '" + notFound.group(1) + "' does not exist in the image. Check 'command:' and"
                        + " 'entrypoint:'."
                : "the Engine refused to start its process (see Compose's message). Check its command,"
                        + " entrypoint, mounts and devices.";
        String who = service != null ? "Service '" + service + "'" : "A container";
        return new ComposeFailure(Kind.START_FAILED, Optional.ofNullable(service), who + " could not start: "
                + cause);
    }

    /** v1 names the service ({@code Cannot start service web:}); v2 names the container in progress lines. */
    private static String serviceOfFailedStart(String text, List<String> lines, String project) {
        Matcher v1 = V1_CANNOT_START.matcher(text);
        String last = null;
        while (v1.find()) {
            last = v1.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher endpoint = ENDPOINT.matcher(text);
        if (endpoint.find()) {
            String service = serviceOfContainer(endpoint.group(1), project);
            if (service != null) {
                return service;
            }
        }
        return lastNamedService(lines, project);
    }

    /**
     * The service named last by a progress or error line: a container that reported an error first,
     * else the last container Compose was working on.
     */
    private static String lastNamedService(List<String> lines, String project) {
        String errored = null;
        String working = null;
        for (String line : lines) {
            Matcher v1 = V1_FOR_SERVICE.matcher(line);
            if (v1.matches()) {
                String service = serviceOfContainer(v1.group(1), project);
                errored = service != null ? service : v1.group(1);
                continue;
            }
            Matcher progress = V2_PROGRESS.matcher(line);
            if (progress.matches()) {
                String service = serviceOfContainer(progress.group(1), project);
                if (service != null) {
                    working = service;
                    if (progress.group(2).equals("Error")) {
                        errored = service;
                    }
                }
                continue;
            }
            Matcher serviceError = V2_SERVICE_ERROR.matcher(line);
            if (serviceError.matches() && !serviceError.group(1).equalsIgnoreCase("Container")
                    && !serviceError.group(1).contains(":")) {
                errored = serviceError.group(1);
            }
        }
        return errored != null ? errored : working;
    }

    /**
     * {@code shop-web-1} (v2) or {@code shop_web_1} (v1) in project {@code shop} is service {@code web};
     * null for a name that is not of that shape (a {@code container_name:}).
     */
    static String serviceOfContainer(String container, String project) {
        if (project.isEmpty()) {
            return null;
        }
        for (char separator : new char[] {'-', '_'}) {
            String prefix = project + separator;
            if (container.startsWith(prefix)) {
                String rest = container.substring(prefix.length());
                int last = rest.lastIndexOf(separator);
                if (last > 0 && rest.substring(last + 1).chars().allMatch(Character::isDigit)
                        && last + 1 < rest.length()) {
                    return rest.substring(0, last);
                }
            }
        }
        return null;
    }
}

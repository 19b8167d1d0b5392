package org.stackcanvas.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.command.ListVolumesResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.EventType;
import com.github.dockerjava.api.model.Statistics;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Version;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stackcanvas.project.LoadedProject;

/**
 * The Docker Engine API, through docker-java. Connects like the {@code docker} command: to
 * {@code DOCKER_HOST} ({@code unix://} or {@code tcp://}) or the default socket, with TLS when
 * {@code DOCKER_TLS_VERIFY} is set (certificates from {@code DOCKER_CERT_PATH}, else
 * {@code ~/.docker}). No API version is pinned: requests go without a version prefix, so the Engine
 * answers in its own version (Engine 20.10 = API 1.41 works, as do newer ones).
 */
public final class EngineClient implements StatusSource, AutoCloseable {

    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    /** What the Engine says about itself. */
    public record EngineVersion(String version, String apiVersion, String os, String arch) {
        @Override
        public String toString() {
            return "Docker Engine " + version + " (API " + apiVersion + ", " + os + "/" + arch + ")";
        }
    }

    /**
     * The docker-java clients, or why the settings give none. {@code streams} is for event streams:
     * no response timeout, since a quiet project sends nothing for minutes.
     */
    private record Connection(DockerClient client, DockerClient streams, String setupProblem) {
    }

    private final String host;
    private final java.util.function.Supplier<Connection> connector;
    /** Made on first use: docker-java and its HTTP and JSON stacks are over a thousand classes. */
    private Connection connection;
    private boolean closed;

    private EngineClient(String host, java.util.function.Supplier<Connection> connector) {
        this.host = host;
        this.connector = connector;
    }

    /** With the process environment. */
    public static EngineClient connect() {
        return connect(System.getenv());
    }

    /**
     * With these environment variables ({@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY},
     * {@code DOCKER_CERT_PATH}). Never fails: a bad setting is reported by {@link #ping()}.
     */
    public static EngineClient connect(Map<String, String> environment) {
        return connect(environment, 10);
    }

    /**
     * With a pool of {@code maxConnections}: a followed log holds a connection for as long as it is
     * followed, so a client that follows logs needs more than the default ten.
     */
    public static EngineClient connect(Map<String, String> environment, int maxConnections) {
        String host = environment.getOrDefault("DOCKER_HOST", "");
        if (host.isBlank()) {
            host = DEFAULT_HOST;
        }
        String tlsVerify = environment.getOrDefault("DOCKER_TLS_VERIFY", "");
        boolean tls = !tlsVerify.isEmpty() && !tlsVerify.equals("0") && !tlsVerify.equalsIgnoreCase("false");
        String certPath = environment.getOrDefault("DOCKER_CERT_PATH", "");
        if (certPath.isBlank()) {
            certPath = Path.of(System.getProperty("user.home"), ".docker").toString();
        }
        String dockerHost = host;
        String certs = tls ? certPath : null;
        // The editor makes its clients while its window opens; the Engine is first asked later,
        // off the JavaFX thread, so the clients are built then.
        return new EngineClient(host, () -> connection(dockerHost, certs, maxConnections));
    }

    /** {@code certPath} null for no TLS. */
    private static Connection connection(String host, String certPath, int maxConnections) {
        try {
            DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(host)
                    .withDockerTlsVerify(certPath != null);
            if (certPath != null) {
                config.withDockerCertPath(certPath);
            }
            DockerClientConfig built = config.build();
            ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(built.getDockerHost())
                    .sslConfig(built.getSSLConfig())
                    .maxConnections(maxConnections)
                    .connectionTimeout(Duration.ofSeconds(5))
                    .responseTimeout(Duration.ofSeconds(60))
                    .build();
            ApacheDockerHttpClient streamHttp = new ApacheDockerHttpClient.Builder()
                    .dockerHost(built.getDockerHost())
                    .sslConfig(built.getSSLConfig())
                    .maxConnections(4)
                    .connectionTimeout(Duration.ofSeconds(5))
                    .build();
            return new Connection(DockerClientImpl.getInstance(built, http),
                    DockerClientImpl.getInstance(built, streamHttp), null);
        } catch (RuntimeException e) {
            return new Connection(null, null, "the connection settings are not usable: " + describe(e));
        }
    }

    @Override
    public String host() {
        return host;
    }

    /** The Engine's version, or a problem saying why it is not reachable and what to do. */
    @Override
    public EngineVersion ping() throws RuntimeProblem {
        DockerClient docker = client();
        try {
            Version version = docker.versionCmd().exec();
            return new EngineVersion(version.getVersion(), version.getApiVersion(), version.getOperatingSystem(),
                    version.getArch());
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
    }

    /** Every container (running or not) of a Compose project, found by its project label. */
    @Override
    public List<ContainerInfo> containers(String projectName) throws RuntimeProblem {
        DockerClient docker = client();
        List<Container> containers;
        try {
            containers = docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(ContainerInfo.PROJECT_LABEL, projectName)).exec();
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        List<ContainerInfo> infos = new ArrayList<>();
        for (Container container : containers) {
            infos.add(ContainerInfo.of(container.getId(),
                    container.getNames() == null ? List.of() : List.of(container.getNames()),
                    container.getLabels(), container.getState(), container.getStatus()));
        }
        return infos;
    }

    /**
     * The names of a Compose project's volumes, found by their project label, sorted. Compose
     * labels the named volumes it creates; {@code down -v} removes them, plain {@code down} keeps them.
     */
    public List<String> volumes(String projectName) throws RuntimeProblem {
        DockerClient docker = client();
        ListVolumesResponse response;
        try {
            response = docker.listVolumesCmd()
                    .withFilter("label", List.of(ContainerInfo.PROJECT_LABEL + "=" + projectName)).exec();
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        List<String> names = new ArrayList<>();
        if (response.getVolumes() != null) {
            for (InspectVolumeResponse volume : response.getVolumes()) {
                names.add(volume.getName());
            }
        }
        names.sort(null);
        return names;
    }

    /** Whether the Engine has this image (by name:tag or id); never pulls. */
    public boolean hasImage(String image) throws RuntimeProblem {
        DockerClient docker = client();
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
    }

    /**
     * Up's check before Compose runs: images that must not be pulled are here (see
     * {@link LocalImages}).
     */
    public void requireNeverPulledImages(LoadedProject project, List<String> services) throws RuntimeProblem {
        LocalImages.requireNeverPulledImages(project, services, this::hasImage);
    }

    /** The project's services with their runtime status, declared services first. */
    public List<ServiceStatus> status(LoadedProject project) throws RuntimeProblem {
        return ServiceStatus.summarize(new ArrayList<>(project.services().keys()), containers(project.name()));
    }

    /**
     * Follows the project's container events that change what the user sees (created, started,
     * died, health changed, removed, ...); the Engine filters them, so healthcheck runs
     * ({@code exec_*}) do not wake us every second.
     */
    @Override
    public Subscription events(String projectName, EventSink sink) throws RuntimeProblem {
        client();
        EventForwarder forwarder = new EventForwarder(sink);
        try {
            connection().streams().eventsCmd()
                    .withEventTypeFilter(EventType.CONTAINER)
                    .withLabelFilter(Map.of(ContainerInfo.PROJECT_LABEL, projectName))
                    .withEventFilter(STATUS_EVENTS.toArray(String[]::new))
                    .exec(forwarder);
        } catch (RuntimeException e) {
            throw unreachable(e);
        }
        return forwarder;
    }

    /** The container events after which a project's status may look different. */
    public static final List<String> STATUS_EVENTS = List.of("create", "start", "restart", "die", "stop", "kill",
            "oom", "pause", "unpause", "destroy", "rename", "health_status");

    /** CPU and memory of each service of the project with running containers, summed over its replicas. */
    public List<ServiceUsage> usage(String projectName) throws RuntimeProblem {
        return usage(projectName, null);
    }

    /**
     * CPU and memory of one service ({@code service} non-null) or of every service of the project,
     * from one {@code stats} sample per running container (each takes about a second: the Engine
     * waits for a second reading to compute the CPU share). Services without running containers are
     * left out.
     */
    public List<ServiceUsage> usage(String projectName, String service) throws RuntimeProblem {
        DockerClient docker = client();
        Map<String, ServiceUsage> byService = new LinkedHashMap<>();
        for (ContainerInfo container : containers(projectName)) {
            if (!container.state().isUp() || container.oneOff()
                    || (service != null && !service.equals(container.service()))) {
                continue;
            }
            Statistics stats;
            try {
                stats = StatsSample.of(docker, container.id());
            } catch (RuntimeException e) {
                throw unreachable(e);
            }
            if (stats != null) {
                byService.merge(container.service(), UsageReading.of(container.service(), stats), ServiceUsage::plus);
            }
        }
        return List.copyOf(byService.values());
    }

    /**
     * Pulls an image through the Engine, reporting its progress (per image, from the per-layer
     * messages) as it comes. A registry that cannot be reached fails the task with what to do.
     */
    public RunningTask pull(String image, Consumer<PullProgress> progress) throws RuntimeProblem {
        DockerClient docker = client();
        EnginePull pull = new EnginePull(image, progress, EngineClient::describe);
        try {
            docker.pullImageCmd(ImageRefs.repository(image)).withTag(ImageRefs.tag(image)).exec(pull);
        } catch (RuntimeException e) {
            throw new RuntimeProblem(PullFailures.describe(image, describe(e)), e);
        }
        return pull;
    }

    /** The docker-java client, for the other Engine API readers of this package. */
    DockerClient docker() throws RuntimeProblem {
        return client();
    }

    private DockerClient client() throws RuntimeProblem {
        Connection made = connection();
        if (made.client() == null) {
            throw new RuntimeProblem("Docker Engine not reachable at " + host + ": " + made.setupProblem() + ". "
                    + "Check DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.");
        }
        return made.client();
    }

    private synchronized Connection connection() throws RuntimeProblem {
        if (closed) {
            throw new RuntimeProblem("the Docker Engine client is closed");
        }
        if (connection == null) {
            connection = connector.get();
        }
        return connection;
    }

    private RuntimeProblem unreachable(RuntimeException e) {
        StringBuilder message = new StringBuilder("Docker Engine not reachable at ").append(host).append(": ")
                .append(describe(e)).append(". ");
        if (host.startsWith("unix://")) {
            Path socket = Path.of(host.substring("unix://".length()));
            if (!Files.exists(socket)) {
                message.append("The socket ").append(socket).append(" does not exist: the Docker daemon is not"
                        + " running, or listens elsewhere. Start it (e.g. 'sudo systemctl start docker', or start"
                        + " Docker Desktop), or set DOCKER_HOST to where it listens.");
            } else if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
                message.append("No permission to use ").append(socket).append(": add your user to the 'docker'"
                        + " group ('sudo usermod -aG docker $USER', then log in again) or use rootless Docker.");
            } else {
                message.append("Check that the Docker daemon is running and healthy ('docker info').");
            }
        } else {
            message.append("Check that the Docker daemon runs and listens at ").append(host)
                    .append(" (DOCKER_HOST), and the TLS settings (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH).");
        }
        return new RuntimeProblem(message.toString(), e);
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        Connection made;
        synchronized (this) {
            closed = true;
            made = connection;
        }
        if (made == null) {
            return;
        }
        for (DockerClient docker : new DockerClient[] {made.client(), made.streams()}) {
            if (docker != null) {
                try {
                    docker.close();
                } catch (IOException e) {
                    // Nothing left to release.
                }
            }
        }
    }
}

package org.stackcanvas.runtime;

import com.github.dockerjava.api.DockerClient;
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
import java.util.List;
import java.util.Map;
import org.stackcanvas.project.LoadedProject;

/**
 * The Docker Engine API, through docker-java. Connects like the {@code docker} command: to
 * {@code DOCKER_HOST} ({@code unix://} or {@code tcp://}) or the default socket, with TLS when
 * {@code DOCKER_TLS_VERIFY} is set (certificates from {@code DOCKER_CERT_PATH}, else
 * {@code ~/.docker}). No API version is pinned: requests go without a version prefix, so the Engine
 * answers in its own version (Engine 20.10 = API 1.41 works, as do newer ones).
 */
public final class EngineClient implements AutoCloseable {

    public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

    /** What the Engine says about itself. */
    public record EngineVersion(String version, String apiVersion, String os, String arch) {
        @Override
        public String toString() {
            return "Docker Engine " + version + " (API " + apiVersion + ", " + os + "/" + arch + ")";
        }
    }

    private final String host;
    private final DockerClient client;
    private final String setupProblem;

    private EngineClient(String host, DockerClient client, String setupProblem) {
        this.host = host;
        this.client = client;
        this.setupProblem = setupProblem;
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
        try {
            DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(host)
                    .withDockerTlsVerify(tls);
            if (tls) {
                String certPath = environment.getOrDefault("DOCKER_CERT_PATH", "");
                if (certPath.isBlank()) {
                    certPath = Path.of(System.getProperty("user.home"), ".docker").toString();
                }
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
            return new EngineClient(host, DockerClientImpl.getInstance(built, http), null);
        } catch (RuntimeException e) {
            return new EngineClient(host, null, "the connection settings are not usable: " + describe(e));
        }
    }

    public String host() {
        return host;
    }

    /** The Engine's version, or a problem saying why it is not reachable and what to do. */
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

    /** The project's services with their runtime status, declared services first. */
    public List<ServiceStatus> status(LoadedProject project) throws RuntimeProblem {
        return ServiceStatus.summarize(new ArrayList<>(project.services().keys()), containers(project.name()));
    }

    /** The docker-java client, for the other Engine API readers of this package. */
    DockerClient docker() throws RuntimeProblem {
        return client();
    }

    private DockerClient client() throws RuntimeProblem {
        if (client == null) {
            throw new RuntimeProblem("Docker Engine not reachable at " + host + ": " + setupProblem + ". "
                    + "Check DOCKER_HOST, DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.");
        }
        return client;
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

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                // Nothing left to release.
            }
        }
    }
}

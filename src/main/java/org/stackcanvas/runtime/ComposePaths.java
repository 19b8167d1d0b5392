package org.stackcanvas.runtime;

import java.util.Objects;

/** Where the {@code docker} and {@code docker-compose} programs are (names looked up on PATH, or paths). */
public record ComposePaths(String docker, String dockerCompose) {

    public static final ComposePaths DEFAULT = new ComposePaths(ComposeCli.DEFAULT_DOCKER,
            ComposeCli.DEFAULT_DOCKER_COMPOSE);

    public ComposePaths {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(dockerCompose, "dockerCompose");
        docker = docker.isBlank() ? ComposeCli.DEFAULT_DOCKER : docker.strip();
        dockerCompose = dockerCompose.isBlank() ? ComposeCli.DEFAULT_DOCKER_COMPOSE : dockerCompose.strip();
    }
}

package org.stackcanvas.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PullFailuresTest {

    @Test
    void imageReferencesSplitLikeTheDockerCli() {
        assertThat(ImageRefs.repository("redis")).isEqualTo("redis");
        assertThat(ImageRefs.tag("redis")).isEqualTo("latest");
        assertThat(ImageRefs.repository("redis:7.2")).isEqualTo("redis");
        assertThat(ImageRefs.tag("redis:7.2")).isEqualTo("7.2");
        assertThat(ImageRefs.repository("localhost:5000/team/app")).isEqualTo("localhost:5000/team/app");
        assertThat(ImageRefs.tag("localhost:5000/team/app")).isEqualTo("latest");
        assertThat(ImageRefs.repository("ghcr.io/a/b@sha256:abc")).isEqualTo("ghcr.io/a/b");
        assertThat(ImageRefs.tag("ghcr.io/a/b@sha256:abc")).isEqualTo("sha256:abc");
    }

    @Test
    void theRegistryIsTheFirstPartWhenItIsAHost() {
        assertThat(ImageRefs.registry("redis:7")).isEqualTo("registry-1.docker.io");
        assertThat(ImageRefs.registry("bitnami/redis:7")).isEqualTo("registry-1.docker.io");
        assertThat(ImageRefs.registry("ghcr.io/org/app:1")).isEqualTo("ghcr.io");
        assertThat(ImageRefs.registry("localhost:5000/app")).isEqualTo("localhost:5000");
        assertThat(ImageRefs.registry("localhost/app")).isEqualTo("localhost");
    }

    @Test
    void anUnreachableRegistrySaysWhichAndWhatToDo() {
        String message = PullFailures.describe("redis:7", "Get \"https://registry-1.docker.io/v2/\": dial tcp:"
                + " lookup registry-1.docker.io on 10.0.0.2:53: no such host");
        assertThat(message).startsWith("could not reach registry-1.docker.io to pull redis:7")
                .contains("no such host").endsWith("check the network or pre-load the image with 'docker load'");
        assertThat(PullFailures.describe("ghcr.io/org/app:1", "Get \"https://ghcr.io/v2/\": net/http: request"
                + " canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"))
                .startsWith("could not reach ghcr.io");
    }

    @Test
    void aMissingImageIsToldApartFromTheNetwork() {
        assertThat(PullFailures.describe("shop/api:1", "pull access denied for shop/api, repository does not exist"
                + " or may require 'docker login': denied: requested access to the resource is denied"))
                .startsWith("shop/api:1 was not found on registry-1.docker.io, or the registry needs 'docker login'");
        assertThat(PullFailures.describe("redis:99", "manifest for redis:99 not found: manifest unknown"))
                .contains("was not found");
        assertThat(PullFailures.describe("redis:7", "no space left on device"))
                .isEqualTo("could not pull redis:7: no space left on device");
    }
}

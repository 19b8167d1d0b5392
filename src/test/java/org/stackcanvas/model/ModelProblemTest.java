package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad content never throws: what can be read is kept, the rest is reported where it is written. */
class ModelProblemTest {

    private static ModelResult build(String yaml) throws Exception {
        return ModelBuilderTest.build(yaml);
    }

    @Test
    void aScalarWhereAListBelongsIsReportedAndKept() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    ports: 5
                """);

        Service web = r.model().services().get("web");
        assertThat(web.image()).contains("nginx");
        assertThat(web.ports()).isEmpty();
        assertThat(web.otherAttributes()).containsOnlyKeys("ports");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("ports must be a list, not a number");
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().column()).isEqualTo(12);
        });
    }

    @Test
    void anUnparsablePortIsReportedAndTheOthersKept() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80:80"
                      - "80:http"
                      - target: 443
                        published: 70000
                """);

        Service web = r.model().services().get("web");
        assertThat(web.ports()).extracting(PortMapping::target).containsExactly("80", "443");
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(6, 8);
        assertThat(r.problems().get(0).message()).contains("invalid port '80:http'");
        assertThat(r.problems().get(1).message()).contains("ports.published").contains("65535");
    }

    @Test
    void badScalarsAreReportedWithTheirRule() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    mem_limit: lots
                    stop_grace_period: 10
                    read_only: maybe
                    cpus: many
                """);

        assertThat(r.problems()).extracting(ModelProblem::message).containsExactly(
                "mem_limit: 'lots' is not a size; use bytes or a number with a unit, like 512m or 1gb",
                "stop_grace_period: '10' is not a duration: a unit is missing after 10 (use ns, us, ms, s, m, h, d or w);"
                        + " write it like 1m30s or 500ms",
                "read_only: 'maybe' is not a boolean; use true or false",
                "cpus: 'many' is not a number");
        assertThat(r.model().services().get("web").otherAttributes())
                .containsOnlyKeys("mem_limit", "stop_grace_period", "read_only", "cpus");
    }

    @Test
    void unknownKeysInNestedObjectsAreReported() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    healthcheck:
                      test: ["CMD", "true"]
                      intervall: 5s
                """);

        assertThat(r.model().services().get("web").healthcheck()).isPresent();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("'intervall' is not an attribute of healthcheck; it is ignored");
            assertThat(p.location().line()).isEqualTo(6);
        });
    }

    @Test
    void unknownServiceKeysAreKeptWithoutComplaint() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    imagee: typo
                """);

        assertThat(r.problems()).isEmpty();
        assertThat(r.model().services().get("web").otherAttributes()).containsOnlyKeys("imagee");
    }

    @Test
    void wrongShapesAllOverKeepTheServiceVisible() throws Exception {
        ModelResult r = build("""
                services:
                  web: nginx
                  api:
                    image: api
                    environment: FOO=bar
                    volumes:
                      - type: floppy
                        target: /a
                      - ./ok:/ok
                    depends_on: web
                    deploy:
                      replicas: many
                    networks:
                      front: [a]
                volumes: [data]
                """);

        assertThat(r.model().services()).containsOnlyKeys("web", "api");
        Service api = r.model().services().get("api");
        assertThat(api.volumes()).extracting(ServiceVolume::target).containsExactly("/ok");
        assertThat(api.deploy().orElseThrow().replicas()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(2, 5, 7, 10, 12, 14, 15);
        assertThat(r.model().otherAttributes()).containsOnlyKeys("volumes");
    }

    @Test
    void aDependencyWithoutConditionIsReportedButKept() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    depends_on:
                      db:
                  db:
                    image: postgres
                """);

        assertThat(r.model().services().get("web").dependencyNames()).containsExactly("db");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("depends_on.db needs a condition");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void unsubstitutedVariablesAreNotProblems() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: ${IMAGE:-nginx}
                    cpus: ${CPUS}
                    ports:
                      - "${WEB_PORT:-8080}:80"
                    volumes:
                      - ${DATA_DIR:-./data}:/data
                """);

        assertThat(r.problems()).isEmpty();
        Service web = r.model().services().get("web");
        assertThat(web.image()).contains("${IMAGE:-nginx}");
        assertThat(web.ports().get(0).published()).contains("${WEB_PORT:-8080}");
        assertThat(web.volumes().get(0).source()).contains("${DATA_DIR:-./data}");
        assertThat(web.otherAttributes()).containsOnlyKeys("cpus");
    }

    @Test
    void aCommandWithAnOpenQuoteIsReported() throws Exception {
        ModelResult r = build("""
                services:
                  web:
                    image: nginx
                    command: echo "hello
                """);

        assertThat(r.model().services().get("web").command()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("command: unterminated"));
    }
}

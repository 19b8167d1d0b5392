package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

    private static Map<String, Object> canonical(String yaml) throws Exception {
        return CanonicalForm.of(ModelBuilderTest.model(yaml));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(Map<String, Object> canonical, String name) {
        return (Map<String, Object>) ((Map<String, Object>) canonical.get("services")).get(name);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void portsBecomeLongFormAndRangesExpand() throws Exception {
        Map<String, Object> web = service(canonical("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "8080:80"
                      - "127.0.0.1:5353:53/udp"
                      - 9000
                      - "9090-9091:8080-8081"
                      - "8000-8005:3000"
                      - target: 443
                        published: 8443
                        mode: host
                        app_protocol: https
                """), "web");

        assertThat(web.get("ports")).isEqualTo(List.of(
                map("mode", "ingress", "target", 80L, "published", "8080", "protocol", "tcp"),
                map("mode", "ingress", "host_ip", "127.0.0.1", "target", 53L, "published", "5353", "protocol", "udp"),
                map("mode", "ingress", "target", 9000L, "protocol", "tcp"),
                map("mode", "ingress", "target", 8080L, "published", "9090", "protocol", "tcp"),
                map("mode", "ingress", "target", 8081L, "published", "9091", "protocol", "tcp"),
                map("mode", "ingress", "target", 3000L, "published", "8000-8005", "protocol", "tcp"),
                map("mode", "host", "target", 443L, "published", "8443", "protocol", "tcp", "app_protocol", "https")));
        // Key order is part of the contract: it is the order docker compose config prints.
        assertThat(keys(((List<?>) web.get("ports")).get(1)))
                .containsExactly("mode", "host_ip", "target", "published", "protocol");
    }

    @Test
    void volumesBecomeLongFormWithComposeDefaults() throws Exception {
        Map<String, Object> db = service(canonical("""
                services:
                  db:
                    image: postgres
                    volumes:
                      - db-data:/var/lib/postgresql/data/
                      - ./init:/docker-entrypoint-initdb.d:ro
                      - /anonymous
                      - type: bind
                        source: ./conf
                        target: /etc/conf
                      - type: bind
                        source: ./certs
                        target: /certs
                        bind:
                          propagation: rslave
                """), "db");

        assertThat(db.get("volumes")).isEqualTo(List.of(
                map("type", "volume", "source", "db-data", "target", "/var/lib/postgresql/data", "volume", Map.of()),
                map("type", "bind", "source", "./init", "target", "/docker-entrypoint-initdb.d", "read_only", true,
                        "bind", map("create_host_path", true)),
                map("type", "volume", "target", "/anonymous", "volume", Map.of()),
                map("type", "bind", "source", "./conf", "target", "/etc/conf"),
                map("type", "bind", "source", "./certs", "target", "/certs",
                        "bind", map("propagation", "rslave", "create_host_path", true))));
    }

    @Test
    void mapFormsAreSortedMappings() throws Exception {
        Map<String, Object> api = service(canonical("""
                services:
                  api:
                    image: api
                    environment:
                      - ZED=1
                      - ALPHA=two
                      - FROM_SHELL
                    labels: [b=2, a]
                    depends_on: [db, cache]
                    networks: [front, back]
                """), "api");

        Map<String, Object> env = new LinkedHashMap<>();
        env.put("ALPHA", "two");
        env.put("FROM_SHELL", null);
        env.put("ZED", "1");
        assertThat(api.get("environment")).isEqualTo(env);
        assertThat(keys(api.get("environment"))).containsExactly("ALPHA", "FROM_SHELL", "ZED");
        assertThat(api.get("labels")).isEqualTo(map("a", "", "b", "2"));
        assertThat(api.get("depends_on")).isEqualTo(map(
                "cache", map("condition", "service_started", "required", true),
                "db", map("condition", "service_started", "required", true)));
        Map<String, Object> networks = new HashMap<>();
        networks.put("back", null);
        networks.put("front", null);
        assertThat(api.get("networks")).isEqualTo(networks);
        assertThat(keys(api.get("networks"))).containsExactly("back", "front");
    }

    @Test
    void dependencyDetailsAndNetworkSettingsAreKept() throws Exception {
        Map<String, Object> api = service(canonical("""
                services:
                  api:
                    image: api
                    depends_on:
                      db:
                        condition: service_healthy
                        restart: true
                    networks:
                      front:
                        aliases: [api]
                """), "api");

        assertThat(api.get("depends_on")).isEqualTo(map("db",
                map("condition", "service_healthy", "restart", true, "required", true)));
        assertThat(api.get("networks")).isEqualTo(map("front", map("aliases", List.of("api"))));
    }

    @Test
    void scalarsPrintAsComposePrintsThem() throws Exception {
        Map<String, Object> s = service(canonical("""
                services:
                  s:
                    build: ./app
                    command: npm run start
                    healthcheck:
                      test: curl -f http://localhost
                      interval: 90s
                    stop_grace_period: 1h
                    mem_limit: 512m
                    shm_size: 1gb
                    cpus: 2
                    secrets: [token]
                    env_file: [.env]
                    read_only: false
                    init: false
                """), "s");

        assertThat(s.get("build")).isEqualTo(map("context", "./app"));
        assertThat(s.get("command")).isEqualTo(List.of("npm", "run", "start"));
        assertThat(s.get("healthcheck")).isEqualTo(map("test", List.of("CMD-SHELL", "curl -f http://localhost"),
                "interval", "1m30s"));
        assertThat(s.get("stop_grace_period")).isEqualTo("1h0m0s");
        assertThat(s.get("mem_limit")).isEqualTo("536870912");
        assertThat(s.get("shm_size")).isEqualTo("1073741824");
        assertThat(s.get("cpus")).isEqualTo(2L);
        assertThat(s.get("secrets")).isEqualTo(List.of(map("source", "token", "target", "/run/secrets/token")));
        assertThat(s.get("env_file")).isEqualTo(List.of(map("path", ".env", "required", true)));
        assertThat(s).doesNotContainKey("read_only").containsEntry("init", false);
    }

    @Test
    void anEmptyCommandStaysAnEmptyList() throws Exception {
        Map<String, Object> s = service(canonical("services:\n  s:\n    image: x\n    entrypoint: []\n"), "s");

        assertThat(s.get("entrypoint")).isEqualTo(List.of());
    }

    @Test
    void elementsAreSortedByNameAndKeysFollowComposeOrder() throws Exception {
        Map<String, Object> c = canonical("""
                name: demo
                x-top: 1
                services:
                  zeta:
                    volumes: [data:/data]
                    image: z
                    x-pos: {x: 1}
                    environment: {A: "1"}
                    develop:
                      watch: [{path: ./src, action: rebuild}]
                    build: .
                  alpha:
                    image: a
                networks:
                  z-net: {}
                  a-net:
                volumes:
                  data:
                    driver: local
                """);

        assertThat(c.keySet()).containsExactly("name", "services", "networks", "volumes", "x-top");
        assertThat(keys(c.get("services"))).containsExactly("alpha", "zeta");
        assertThat(keys(c.get("networks"))).containsExactly("a-net", "z-net");
        assertThat(service(c, "zeta").keySet())
                .containsExactly("build", "develop", "environment", "image", "volumes", "x-pos");
        assertThat(service(c, "zeta").get("develop"))
                .isEqualTo(map("watch", List.of(map("path", "./src", "action", "rebuild"))));
        assertThat(c.get("volumes")).isEqualTo(map("data", map("driver", "local")));
    }

    @Test
    void unknownKeysFollowTheKnownOnes() throws Exception {
        Map<String, Object> s = service(canonical("""
                services:
                  s:
                    zzz_custom: 1
                    image: x
                    aaa_custom: [1, 2.5, true, null, text]
                """), "s");

        assertThat(s.keySet()).containsExactly("image", "zzz_custom", "aaa_custom");
        assertThat(s.get("aaa_custom")).isEqualTo(Arrays.asList(1L, 2.5, true, null, "text"));
    }

    @Test
    void topLevelElementsUseTheirLongForm() throws Exception {
        Map<String, Object> c = canonical("""
                services:
                  s:
                    image: x
                networks:
                  legacy:
                    external:
                      name: corp
                  front:
                    ipam:
                      config:
                        - subnet: 10.0.0.0/24
                secrets:
                  token:
                    file: ./token
                configs:
                  app:
                    external: true
                """);

        assertThat(c.get("networks")).isEqualTo(map(
                "front", map("ipam", map("config", List.of(map("subnet", "10.0.0.0/24")))),
                "legacy", map("name", "corp", "external", true)));
        assertThat(c.get("secrets")).isEqualTo(map("token", map("file", "./token")));
        assertThat(c.get("configs")).isEqualTo(map("app", map("external", true)));
    }

    @Test
    void outputHoldsOnlyPlainUnmodifiableData() throws Exception {
        Map<String, Object> c = canonical("""
                services:
                  s:
                    image: x
                    deploy:
                      resources:
                        limits: {cpus: "0.5", memory: 1g}
                      restart_policy: {condition: on-failure, delay: 5s}
                    ulimits:
                      nofile: {soft: 1, hard: 2}
                    x-meta: {when: 2024-01-01, ratio: 0.5}
                """);

        List<Object> values = new ArrayList<>();
        collect(c, values);
        assertThat(values).allMatch(v -> v == null || v instanceof String || v instanceof Long
                || v instanceof Double || v instanceof Boolean);
        assertThatThrownBy(() -> c.put("k", "v")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(service(c, "s").get("deploy")).isEqualTo(map(
                "resources", map("limits", map("cpus", 0.5, "memory", "1073741824")),
                "restart_policy", map("condition", "on-failure", "delay", "5s")));
        assertThat(service(c, "s").get("ulimits")).isEqualTo(map("nofile", map("soft", 1L, "hard", 2L)));
    }

    private static List<String> keys(Object map) {
        return ((Map<?, ?>) map).keySet().stream().map(String::valueOf).toList();
    }

    private static void collect(Object value, List<Object> out) {
        if (value instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collect(v, out));
        } else {
            out.add(value);
        }
    }
}

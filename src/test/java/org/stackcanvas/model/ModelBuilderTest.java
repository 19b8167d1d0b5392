package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ServiceVolume.MountType;

class ModelBuilderTest {

    static ModelResult build(String yaml) throws Exception {
        return new ModelBuilder().build(new DocumentParser().parseText("compose.yaml", yaml).tree());
    }

    static ComposeModel model(String yaml) throws Exception {
        ModelResult result = build(yaml);
        assertThat(result.problems()).isEmpty();
        return result.model();
    }

    private static SourceLocation at(int line, int column) {
        return SourceLocation.of("compose.yaml", line, column);
    }

    @Test
    void readsTheCommonServiceAttributes() throws Exception {
        Service web = model("""
                services:
                  web:
                    image: nginx:1.27
                    container_name: web-1
                    command: nginx -g 'daemon off;'
                    entrypoint: ["/docker-entrypoint.sh"]
                    environment:
                      - MODE=prod
                      - TOKEN
                    env_file: .env
                    ports:
                      - "8080:80"
                      - 443
                    expose: [9000]
                    restart: unless-stopped
                    user: "1000:1000"
                    read_only: true
                    init: true
                    privileged: false
                    profiles: [debug]
                    labels:
                      com.example.team: web
                    cap_add: [NET_ADMIN]
                    cap_drop: [ALL]
                    stop_grace_period: 1m30s
                    stop_signal: SIGQUIT
                    mem_limit: 512m
                    cpus: 0.5
                    pids_limit: 100
                    working_dir: /app
                    hostname: web
                    network_mode: bridge
                    tmpfs: /run
                    security_opt: ["no-new-privileges:true"]
                """).services().get("web");

        assertThat(web.image()).contains("nginx:1.27");
        assertThat(web.containerName()).contains("web-1");
        assertThat(web.command().orElseThrow().tokens()).containsExactly("nginx", "-g", "daemon off;");
        assertThat(web.command().orElseThrow().form()).isEqualTo(CommandLine.Form.STRING);
        assertThat(web.entrypoint().orElseThrow().tokens()).containsExactly("/docker-entrypoint.sh");
        assertThat(web.environment()).extracting(EnvVar::name).containsExactly("MODE", "TOKEN");
        assertThat(web.environment().get(1).value()).isEmpty();
        assertThat(web.envFiles()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(".env");
            assertThat(f.required()).isTrue();
        });
        assertThat(web.ports()).extracting(PortMapping::target).containsExactly("80", "443");
        assertThat(web.ports().get(0).published()).contains("8080");
        assertThat(web.expose()).containsExactly("9000");
        assertThat(web.restart()).contains("unless-stopped");
        assertThat(web.user()).contains("1000:1000");
        assertThat(web.readOnly()).contains(true);
        assertThat(web.init()).contains(true);
        assertThat(web.privileged()).contains(false);
        assertThat(web.profiles()).containsExactly("debug");
        assertThat(web.labels()).containsExactly(new KeyValue("com.example.team", Optional.of("web"), at(22, 7)));
        assertThat(web.capAdd()).containsExactly("NET_ADMIN");
        assertThat(web.capDrop()).containsExactly("ALL");
        assertThat(web.stopGracePeriod().orElseThrow().duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(web.stopSignal()).contains("SIGQUIT");
        assertThat(web.memLimit()).contains(new ByteSize(536870912L, "512m"));
        assertThat(web.cpus()).contains(0.5);
        assertThat(web.pidsLimit()).contains(100L);
        assertThat(web.workingDir()).contains("/app");
        assertThat(web.hostname()).contains("web");
        assertThat(web.networkMode()).contains("bridge");
        assertThat(web.tmpfs()).containsExactly("/run");
        assertThat(web.securityOpt()).containsExactly("no-new-privileges:true");
        assertThat(web.otherAttributes()).isEmpty();
    }

    @Test
    void everyElementKnowsWhereItIsWritten() throws Exception {
        ComposeModel model = model("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80:80"
                    volumes:
                      - type: bind
                        source: ./site
                        target: /usr/share/nginx/html
                    environment:
                      A: "1"
                networks:
                  front: {}
                volumes:
                  data:
                """);
        Service web = model.services().get("web");

        assertThat(web.location()).isEqualTo(at(2, 3));
        assertThat(web.locationOf("image")).contains(at(3, 5));
        assertThat(web.locationOf("ports")).contains(at(4, 5));
        assertThat(web.locationOf("build")).isEmpty();
        assertThat(web.ports().get(0).location()).isEqualTo(at(5, 9));
        assertThat(web.volumes().get(0).location()).isEqualTo(at(7, 9));
        assertThat(web.environment().get(0).location()).isEqualTo(at(11, 7));
        assertThat(model.networks().get("front").location()).isEqualTo(at(13, 3));
        assertThat(model.volumes().get("data").location()).isEqualTo(at(15, 3));
        assertThat(model.location().file()).isEqualTo("compose.yaml");
    }

    @Test
    void dependsOnAndNetworksReadInBothForms() throws Exception {
        ComposeModel model = model("""
                services:
                  a:
                    image: x
                    depends_on: [b, c]
                    networks: [front, back]
                  b:
                    image: x
                    depends_on:
                      c:
                        condition: service_healthy
                        restart: true
                      d:
                        condition: service_completed_successfully
                        required: false
                    networks:
                      front:
                        aliases: [api]
                        ipv4_address: 172.16.238.10
                        priority: 1000
                      back:
                """);
        Service a = model.services().get("a");
        Service b = model.services().get("b");

        assertThat(a.dependsOn()).extracting(Dependency::service, Dependency::condition, Dependency::required,
                Dependency::restart).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b", "service_started", true, false),
                        org.assertj.core.groups.Tuple.tuple("c", "service_started", true, false));
        assertThat(b.dependsOn()).extracting(Dependency::service, Dependency::condition, Dependency::required,
                Dependency::restart).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("c", "service_healthy", true, true),
                        org.assertj.core.groups.Tuple.tuple("d", "service_completed_successfully", false, false));
        assertThat(a.networkNames()).containsExactly("front", "back");
        assertThat(a.networks()).allMatch(ServiceNetwork::isPlain);
        ServiceNetwork front = b.networks().get(0);
        assertThat(front.aliases()).containsExactly("api");
        assertThat(front.ipv4Address()).contains("172.16.238.10");
        assertThat(front.priority()).contains(1000L);
        assertThat(b.networks().get(1).isPlain()).isTrue();
        assertThat(b.dependsOn().get(1).location()).isEqualTo(at(12, 7));
    }

    @Test
    void volumesSecretsAndConfigsReadShortAndLong() throws Exception {
        Service s = model("""
                services:
                  db:
                    image: postgres
                    volumes:
                      - db-data:/var/lib/postgresql/data
                      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
                      - type: tmpfs
                        target: /tmp
                        tmpfs:
                          size: 64m
                          mode: 01777
                      - type: volume
                        source: cache
                        target: /cache
                        volume:
                          nocopy: true
                          subpath: sub
                    secrets:
                      - db-password
                      - source: api-key
                        target: /run/keys/api
                        mode: 0440
                        uid: "999"
                    configs:
                      - source: app
                        target: /etc/app.conf
                """).services().get("db");

        assertThat(s.volumes()).extracting(ServiceVolume::type)
                .containsExactly(MountType.VOLUME, MountType.BIND, MountType.TMPFS, MountType.VOLUME);
        assertThat(s.volumes().get(0).isNamedVolume()).isTrue();
        assertThat(s.volumes().get(1).readOnly()).isTrue();
        assertThat(s.volumes().get(1).shortSyntax()).contains("./init.sql:/docker-entrypoint-initdb.d/init.sql:ro");
        ServiceVolume.TmpfsOptions tmpfs = s.volumes().get(2).tmpfs().orElseThrow();
        assertThat(tmpfs.size()).contains(new ByteSize(67108864L, "64m"));
        assertThat(tmpfs.mode()).contains(01777L);
        assertThat(s.volumes().get(3).volume().orElseThrow().nocopy()).isTrue();
        assertThat(s.volumes().get(3).volume().orElseThrow().subpath()).contains("sub");
        assertThat(s.secrets()).extracting(FileReference::source).containsExactly("db-password", "api-key");
        assertThat(s.secrets().get(0).target()).isEmpty();
        assertThat(s.secrets().get(1).mode()).contains(0440L);
        assertThat(s.secrets().get(1).uid()).contains("999");
        assertThat(s.configs().get(0).target()).contains("/etc/app.conf");
    }

    @Test
    void buildReadsShortAndLongFormsIntoOneType() throws Exception {
        ComposeModel model = model("""
                services:
                  short:
                    build: ./app
                  long:
                    build:
                      context: ./api
                      dockerfile: Dockerfile.dev
                      target: builder
                      args:
                        - VERSION=1.2
                        - DEBUG
                      cache_from: [type=local,src=/tmp/cache]
                      shm_size: 2g
                      secrets: [npm_token]
                      x-note: built in CI
                """);
        BuildSpec shortBuild = model.services().get("short").build().orElseThrow();
        BuildSpec longBuild = model.services().get("long").build().orElseThrow();

        assertThat(shortBuild.shortForm()).isTrue();
        assertThat(shortBuild.context()).contains("./app");
        assertThat(longBuild.shortForm()).isFalse();
        assertThat(longBuild.context()).contains("./api");
        assertThat(longBuild.dockerfile()).contains("Dockerfile.dev");
        assertThat(longBuild.target()).contains("builder");
        assertThat(longBuild.args()).extracting(KeyValue::key, KeyValue::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("VERSION", Optional.of("1.2")),
                org.assertj.core.groups.Tuple.tuple("DEBUG", Optional.empty()));
        assertThat(longBuild.cacheFrom()).containsExactly("type=local", "src=/tmp/cache");
        assertThat(longBuild.shmSize().orElseThrow().bytes()).isEqualTo(2L << 30);
        assertThat(longBuild.secrets()).extracting(FileReference::source).containsExactly("npm_token");
        assertThat(longBuild.extensions()).containsKey("x-note");
    }

    @Test
    void healthcheckAndDeployAreTyped() throws Exception {
        Service s = model("""
                services:
                  api:
                    image: api
                    healthcheck:
                      test: curl -f http://localhost/ || exit 1
                      interval: 30s
                      timeout: 5s
                      retries: 3
                      start_period: 1m
                      start_interval: 2s
                    deploy:
                      mode: replicated
                      replicas: 2
                      resources:
                        limits:
                          cpus: "0.50"
                          memory: 256M
                          pids: 50
                        reservations:
                          devices:
                            - driver: nvidia
                              count: all
                              capabilities: [gpu]
                      restart_policy:
                        condition: on-failure
                        delay: 5s
                        max_attempts: 3
                      update_config:
                        parallelism: 1
                        order: start-first
                      placement:
                        constraints: [node.role == manager]
                        preferences:
                          - spread: node.labels.zone
                      labels: [tier=api]
                """).services().get("api");

        Healthcheck h = s.healthcheck().orElseThrow();
        assertThat(h.test()).containsExactly("CMD-SHELL", "curl -f http://localhost/ || exit 1");
        assertThat(h.testText()).contains("curl -f http://localhost/ || exit 1");
        assertThat(h.interval().orElseThrow().duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(h.retries()).contains(3L);
        assertThat(h.startPeriod().orElseThrow().goText()).isEqualTo("1m0s");
        assertThat(h.isDisabled()).isFalse();
        Deploy d = s.deploy().orElseThrow();
        assertThat(d.mode()).contains("replicated");
        assertThat(d.replicas()).contains(2L);
        Deploy.ResourceSpec limits = d.resources().orElseThrow().limits().orElseThrow();
        assertThat(limits.cpus()).contains(0.5);
        assertThat(limits.memory().orElseThrow().bytes()).isEqualTo(256L << 20);
        assertThat(limits.pids()).contains(50L);
        DeviceRequest gpu = d.resources().orElseThrow().reservations().orElseThrow().devices().get(0);
        assertThat(gpu.driver()).contains("nvidia");
        assertThat(gpu.count()).contains("all");
        assertThat(gpu.capabilities()).containsExactly("gpu");
        assertThat(d.restartPolicy().orElseThrow().maxAttempts()).contains(3L);
        assertThat(d.updateConfig().orElseThrow().order()).contains("start-first");
        assertThat(d.placement().orElseThrow().preferences()).containsExactly("node.labels.zone");
        assertThat(d.labels()).extracting(KeyValue::key).containsExactly("tier");
    }

    @Test
    void runtimeDetailsAreTyped() throws Exception {
        Service s = model("""
                services:
                  app:
                    image: app
                    extends:
                      file: common.yml
                      service: base
                    logging:
                      driver: json-file
                      options:
                        max-size: 10m
                        max-file: 3
                    ulimits:
                      nproc: 65535
                      nofile:
                        soft: 20000
                        hard: 40000
                    extra_hosts:
                      - "somehost=162.242.195.82"
                      - "otherhost:50.31.209.229"
                      - "v6host=[::1]"
                    devices:
                      - /dev/ttyUSB0:/dev/ttyUSB0:rw
                      - /dev/sda
                    gpus: all
                    sysctls:
                      net.core.somaxconn: 1024
                    post_start:
                      - command: ./warm-up.sh
                        user: root
                    dns: 8.8.8.8
                    links: ["db:database"]
                """).services().get("app");

        assertThat(s.extendsFrom()).contains(new Extends("base", Optional.of("common.yml"), at(5, 7)));
        assertThat(s.locationOf("extends")).contains(at(4, 5));
        assertThat(s.logging().orElseThrow().options()).containsEntry("max-size", "10m").containsEntry("max-file", "3");
        assertThat(s.ulimits()).extracting(Ulimit::name, Ulimit::single, Ulimit::soft, Ulimit::hard).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nproc", Optional.of(65535L), Optional.empty(), Optional.empty()),
                org.assertj.core.groups.Tuple.tuple("nofile", Optional.empty(), Optional.of(20000L), Optional.of(40000L)));
        assertThat(s.extraHosts()).extracting(ExtraHost::host, ExtraHost::address).containsExactly(
                org.assertj.core.groups.Tuple.tuple("somehost", "162.242.195.82"),
                org.assertj.core.groups.Tuple.tuple("otherhost", "50.31.209.229"),
                org.assertj.core.groups.Tuple.tuple("v6host", "::1"));
        assertThat(s.devices()).extracting(DeviceMapping::source, DeviceMapping::target, DeviceMapping::permissions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/dev/ttyUSB0", Optional.of("/dev/ttyUSB0"), Optional.of("rw")),
                        org.assertj.core.groups.Tuple.tuple("/dev/sda", Optional.of("/dev/sda"), Optional.of("rwm")));
        assertThat(s.gpus()).singleElement().satisfies(g -> assertThat(g.count()).contains("all"));
        assertThat(s.sysctls()).extracting(KeyValue::value).containsExactly(Optional.of("1024"));
        assertThat(s.postStart()).singleElement().satisfies(h -> {
            assertThat(h.command().tokens()).containsExactly("./warm-up.sh");
            assertThat(h.user()).contains("root");
        });
        assertThat(s.dns()).containsExactly("8.8.8.8");
        assertThat(s.links()).containsExactly("db:database");
    }

    @Test
    void topLevelElementsAreTyped() throws Exception {
        ComposeModel model = model("""
                name: shop
                include:
                  - ./infra.yaml
                  - path: [./a.yaml, ./b.yaml]
                    env_file: ./a.env
                services:
                  web:
                    image: nginx
                networks:
                  front:
                    driver: bridge
                    driver_opts:
                      com.docker.network.bridge.name: br-front
                    ipam:
                      config:
                        - subnet: 172.28.0.0/16
                          gateway: 172.28.0.1
                    internal: true
                    labels: [tier=front]
                  legacy:
                    external:
                      name: corp-net
                volumes:
                  data:
                  shared:
                    external: true
                    name: shared-data
                secrets:
                  token:
                    file: ./token.txt
                  from-env:
                    environment: API_TOKEN
                configs:
                  app:
                    content: |
                      debug=false
                models:
                  llm:
                    model: ai/smollm2
                    context_size: 4096
                x-owner: team-a
                """);

        assertThat(model.name()).contains("shop");
        assertThat(model.includes()).hasSize(2);
        assertThat(model.includes().get(0).paths()).containsExactly("./infra.yaml");
        assertThat(model.includes().get(0).shortForm()).isTrue();
        assertThat(model.includes().get(1).paths()).containsExactly("./a.yaml", "./b.yaml");
        assertThat(model.includes().get(1).envFiles()).containsExactly("./a.env");
        Network front = model.networks().get("front");
        assertThat(front.driver()).contains("bridge");
        assertThat(front.driverOpts()).containsEntry("com.docker.network.bridge.name", "br-front");
        assertThat(front.ipam().orElseThrow().config().get(0).subnet()).contains("172.28.0.0/16");
        assertThat(front.internal()).contains(true);
        assertThat(front.external()).isFalse();
        Network legacy = model.networks().get("legacy");
        assertThat(legacy.external()).isTrue();
        assertThat(legacy.name()).contains("corp-net");
        assertThat(model.volumes().get("data").external()).isFalse();
        assertThat(model.volumes().get("shared").external()).isTrue();
        assertThat(model.volumes().get("shared").name()).contains("shared-data");
        assertThat(model.secrets().get("token").file()).contains("./token.txt");
        assertThat(model.secrets().get("from-env").environment()).contains("API_TOKEN");
        assertThat(model.configs().get("app").content()).contains("debug=false\n");
        assertThat(model.models().get("llm").contextSize()).contains(4096L);
        assertThat(model.extensions()).containsOnlyKeys("x-owner");
        assertThat(model.networks().keySet()).containsExactly("front", "legacy");
    }

    @Test
    void extensionsAreKeptOnEveryElement() throws Exception {
        ComposeModel model = model("""
                services:
                  web:
                    image: nginx
                    x-canvas: {x: 10, y: 20}
                    ports:
                      - target: 80
                        published: "8080"
                        x-purpose: public
                    deploy:
                      x-team: ops
                networks:
                  n:
                    x-color: blue
                """);
        Service web = model.services().get("web");

        assertThat(web.extensions()).containsOnlyKeys("x-canvas");
        assertThat(web.ports().get(0).extensions()).containsOnlyKeys("x-purpose");
        assertThat(web.deploy().orElseThrow().extensions()).containsOnlyKeys("x-team");
        assertThat(model.networks().get("n").extensions()).containsOnlyKeys("x-color");
        assertThat(web.otherAttributes()).isEmpty();
    }

    @Test
    void resetValuesCountAsAbsent() throws Exception {
        Service web = model("""
                services:
                  web:
                    image: nginx
                    ports: !reset []
                    environment: !reset {}
                """).services().get("web");

        assertThat(web.ports()).isEmpty();
        assertThat(web.environment()).isEmpty();
        assertThat(web.otherAttributes()).isEmpty();
        assertThat(web.declares("ports")).isTrue();
    }

    @Test
    void genericAttributesAreKeptUntyped() throws Exception {
        Service web = model("""
                services:
                  web:
                    image: nginx
                    develop:
                      watch:
                        - path: ./src
                          action: sync
                          target: /app
                    storage_opt:
                      size: 1G
                """).services().get("web");

        assertThat(web.otherAttributes()).containsOnlyKeys("develop", "storage_opt");
    }

    @Test
    void aDocumentThatIsNotAMappingGivesAnEmptyModelAndAProblem() throws Exception {
        ModelResult result = build("- just\n- a list\n");

        assertThat(result.model().services()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("must be a mapping"));
    }

    @Test
    void anEmptyFileGivesAnEmptyModel() throws Exception {
        assertThat(model("").services()).isEmpty();
        assertThat(model("services:\n  web:\n").services().get("web").image()).isEmpty();
    }

    @Test
    void listsKeepTheOrderWritten() throws Exception {
        Service s = model("""
                services:
                  s:
                    image: x
                    ports: ["3", "1", "2"]
                    cap_add: [C, A, B]
                """).services().get("s");

        assertThat(s.ports()).extracting(PortMapping::target).containsExactly("3", "1", "2");
        assertThat(s.capAdd()).isEqualTo(List.of("C", "A", "B"));
    }
}

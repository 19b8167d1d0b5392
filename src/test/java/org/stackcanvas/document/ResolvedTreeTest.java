package org.stackcanvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stackcanvas.document.RoundTripTest.fixture;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The resolved tree of the fixtures, value by value, with the lines the values come from. */
class ResolvedTreeTest {

    private final DocumentParser parser = new DocumentParser();

    private YMap tree(String fixture) {
        try {
            return (YMap) parser.read(fixture(fixture)).tree();
        } catch (DocumentException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    private static YValue at(YValue root, String... path) {
        YValue v = root;
        for (String step : path) {
            v = v instanceof YList list ? list.get(Integer.parseInt(step)) : ((YMap) v).get(step);
            assertThat(v).as("value at " + String.join(".", path)).isNotNull();
        }
        return v;
    }

    private static String text(YValue root, String... path) {
        return ((YScalar) at(root, path)).text();
    }

    private static int line(YValue root, String... path) {
        return at(root, path).location().line();
    }

    @Test
    void aliasesResolveToTheAnchoredValueAndItsLines() {
        YMap t = tree("anchors-overrides.yaml");
        assertThat(text(t, "services", "frontend", "image")).isEqualTo("registry.example.com/shop/app:2.4.1");
        assertThat(line(t, "services", "frontend", "image")).isEqualTo(13);
        assertThat(((YMap) at(t, "services", "frontend")).keyLocation("image").line()).isEqualTo(17);
        assertThat(at(t, "services", "frontend", "logging")).isEqualTo(at(t, "x-logging"));
        assertThat(line(t, "services", "frontend", "logging", "options", "max-size")).isEqualTo(5);
        assertThat(at(t, "services", "gateway-canary", "ports")).isEqualTo(at(t, "services", "gateway", "ports"));
        assertThat(text(t, "services", "gateway-canary", "ports", "1")).isEqualTo("443:443");
        assertThat(line(t, "services", "gateway-canary", "ports", "1")).isEqualTo(35);
    }

    @Test
    void mergedAnchorsTakeLocalOverrides() {
        YMap t = tree("anchors-overrides.yaml");
        YMap logging = (YMap) at(t, "services", "backend", "logging");
        assertThat(logging.keys()).containsExactlyInAnyOrder("driver", "options");
        assertThat(text(logging, "driver")).isEqualTo("local");
        assertThat(line(logging, "driver")).isEqualTo(26);
        assertThat(text(logging, "options", "max-file")).isEqualTo("3");
        assertThat(line(logging, "options", "max-file")).isEqualTo(6);

        YMap health = (YMap) at(t, "services", "backend", "healthcheck");
        assertThat(health.keys()).containsExactlyInAnyOrder("interval", "timeout", "retries", "test");
        assertThat(((YScalar) health.get("retries")).kind()).isEqualTo(YScalar.Kind.INT);
        assertThat(text(health, "retries")).isEqualTo("10");
        assertThat(line(health, "retries")).isEqualTo(29);
        assertThat(health.keyLocation("retries").line()).isEqualTo(29);
        assertThat(text(health, "interval")).isEqualTo("30s");
        assertThat(line(health, "interval")).isEqualTo(9);
        assertThat(health.keyLocation("interval").line()).isEqualTo(9);
        // the anchor itself is untouched by the override
        assertThat(text(t, "services", "frontend", "healthcheck", "retries")).isEqualTo("3");
        assertThat(text(t, "x-healthcheck", "retries")).isEqualTo("3");
    }

    @Test
    void singleMergeKey() {
        YMap app = (YMap) at(tree("merge-keys.yaml"), "services", "app");
        assertThat(app.keys()).containsExactly("restart", "environment", "labels", "image");
        assertThat(text(app, "restart")).isEqualTo("unless-stopped");
        assertThat(line(app, "restart")).isEqualTo(2);
        assertThat(text(app, "environment", "TZ")).isEqualTo("UTC");
        assertThat(line(app, "environment", "TZ")).isEqualTo(4);
        assertThat(line(app, "image")).isEqualTo(25);
    }

    @Test
    void mergeListPrefersEarlierMappings() {
        YMap metrics = (YMap) at(tree("merge-keys.yaml"), "services", "metrics");
        assertThat(metrics.keys()).containsExactlyInAnyOrder(
                "labels", "stop_grace_period", "restart", "environment", "deploy", "image");
        // labels: *monitoring (first) beats *base; merges are shallow, so base's labels are gone
        assertThat(((YMap) at(metrics, "labels")).keys()).containsExactly("tier", "prometheus.scrape");
        assertThat(text(metrics, "labels", "tier")).isEqualTo("monitored");
        assertThat(line(metrics, "labels", "tier")).isEqualTo(10);
        assertThat(((YScalar) at(metrics, "labels", "prometheus.scrape")).kind()).isEqualTo(YScalar.Kind.STRING);
        // restart: *base (second) beats *resources (third)
        assertThat(text(metrics, "restart")).isEqualTo("unless-stopped");
        assertThat(line(metrics, "restart")).isEqualTo(2);
        assertThat(text(metrics, "deploy", "resources", "limits", "memory")).isEqualTo("256M");
        assertThat(line(metrics, "deploy", "resources", "limits", "memory")).isEqualTo(18);
        assertThat(text(metrics, "stop_grace_period")).isEqualTo("30s");
        assertThat(line(metrics, "image")).isEqualTo(29);
    }

    @Test
    void localKeyOverridesMergedKey() {
        YMap t = tree("merge-keys.yaml");
        YScalar restart = (YScalar) at(t, "services", "override", "restart");
        assertThat(restart.text()).isEqualTo("no");
        assertThat(restart.kind()).isEqualTo(YScalar.Kind.STRING);
        assertThat(restart.location().line()).isEqualTo(34);
        assertThat(text(t, "services", "override", "environment", "TZ")).isEqualTo("UTC");
    }

    @Test
    void flowStyleMerge() {
        YMap inline = (YMap) at(tree("merge-keys.yaml"), "services", "inline");
        assertThat(inline.keys()).containsExactlyInAnyOrder("deploy", "restart", "image");
        assertThat(text(inline, "restart")).isEqualTo("always");
        assertThat(line(inline, "restart")).isEqualTo(19);
        assertThat(text(inline, "image")).isEqualTo("example/inline:1.0");
        assertThat(line(inline, "image")).isEqualTo(36);
    }

    @Test
    void resetAndOverrideTags() {
        YMap t = tree("reset-override.yaml");
        YMap web = (YMap) at(t, "services", "web");
        assertThat(web.tag()).isEqualTo(YTag.NONE);

        YList ports = (YList) web.get("ports");
        assertThat(ports.tag()).isEqualTo(YTag.RESET);
        assertThat(ports.items()).isEmpty();
        assertThat(ports.location().line()).isEqualTo(4);

        YMap environment = (YMap) web.get("environment");
        assertThat(environment.tag()).isEqualTo(YTag.OVERRIDE);
        assertThat(text(environment, "LOG_LEVEL")).isEqualTo("info");
        assertThat(at(environment, "LOG_LEVEL").tag()).isEqualTo(YTag.NONE);

        YScalar command = (YScalar) web.get("command");
        assertThat(command.tag()).isEqualTo(YTag.RESET);
        assertThat(command.isNull()).isTrue();

        assertThat(web.get("labels")).isInstanceOf(YMap.class);
        assertThat(web.get("labels").tag()).isEqualTo(YTag.RESET);
        assertThat(((YMap) web.get("labels")).size()).isZero();

        YList volumes = (YList) web.get("volumes");
        assertThat(volumes.tag()).isEqualTo(YTag.OVERRIDE);
        assertThat(text(volumes, "0")).isEqualTo("./site:/usr/share/nginx/html:ro");
        assertThat(line(volumes, "0")).isEqualTo(10);

        assertThat(web.get("healthcheck").isNull()).isTrue();
        assertThat(web.get("healthcheck").tag()).isEqualTo(YTag.RESET);
        assertThat(line(web, "healthcheck")).isEqualTo(11);

        assertThat(web.get("build").tag()).isEqualTo(YTag.OVERRIDE);
        assertThat(text(web, "build", "dockerfile")).isEqualTo("Dockerfile.dev");

        assertThat(at(t, "services", "debug").tag()).isEqualTo(YTag.RESET);
        assertThat(line(t, "services", "debug")).isEqualTo(15);
        assertThat(at(t, "networks", "legacy").tag()).isEqualTo(YTag.RESET);
        assertThat(line(t, "networks", "legacy")).isEqualTo(17);
    }

    @Test
    void extensionFieldsAreKept() {
        YMap t = tree("extension-fields.yaml");
        assertThat(t.keys()).containsExactly("x-project", "x-deploy-defaults", "services", "networks", "volumes");
        assertThat(text(t, "x-project", "owner")).isEqualTo("platform-team");
        YMap shop = (YMap) at(t, "services", "shop");
        assertThat(text(shop, "x-traefik", "rule")).isEqualTo("Host(`shop.example.com`)");
        assertThat(((YScalar) shop.get("x-backup")).kind()).isEqualTo(YScalar.Kind.BOOL);
        assertThat(text(shop, "deploy", "replicas")).isEqualTo("2");
        assertThat(line(shop, "deploy", "replicas")).isEqualTo(6);
        assertThat(text(t, "volumes", "data", "x-retention-days")).isEqualTo("30");
    }

    @Test
    void blockScalarsFollowTheirChomping() {
        YMap t = tree("block-scalars.yaml");
        YMap job = (YMap) at(t, "services", "job");
        assertThat(text(job, "entrypoint")).isEqualTo("#!/bin/sh\nset -e\n\necho \"step 1\"\necho \"step 2\"\n");
        assertThat(text(job, "command")).isEqualTo("sh -c \"echo hello && echo world\"\ndone\n");
        assertThat(text(job, "labels", "strip")).isEqualTo("no final newline");
        assertThat(text(job, "labels", "keep")).isEqualTo("two final newlines\n\n");
        assertThat(text(job, "labels", "folded-strip")).isEqualTo("folded and stripped");
        assertThat(text(job, "labels", "indented")).isEqualTo("  starts with two extra spaces\nthen normal\n");
        assertThat(text(t, "configs", "app_config", "content"))
                .isEqualTo("[server]\nport = 8080\n# not a YAML comment: this line is content\n");
        assertThat(text(t, "x-notes")).isEqualTo("Kept with every trailing newline,\nup to the end of the file.\n\n\n");
        assertThat(line(job, "entrypoint")).isEqualTo(5);
    }

    @Test
    void crlfLinesGiveLfValuesAndRightLines() {
        YMap t = tree("crlf-line-endings.yaml");
        assertThat(text(t, "services", "worker", "entrypoint")).isEqualTo("#!/bin/sh\necho \"started\"\nsleep 3600\n");
        assertThat(text(t, "services", "web", "command")).isEqualTo("nginx -g 'daemon off;'\n");
        assertThat(((YMap) at(t, "services")).keyLocation("worker").line()).isEqualTo(15);
        assertThat(line(t, "services", "worker", "image")).isEqualTo(16);
    }

    @Test
    void mixedLineEndings() throws DocumentException {
        ComposeDocument doc = parser.read(fixture("mixed-line-endings.yaml"));
        YMap services = (YMap) at(doc.tree(), "services");
        assertThat(services.keys()).containsExactly("api", "admin");
        assertThat(services.keyLocation("admin").line()).isEqualTo(6);
        assertThat(text(services, "admin", "depends_on", "0")).isEqualTo("api");
        assertThat(doc.source().lineEnding()).isEqualTo("\r\n");
    }

    @Test
    void byteOrderMarkTakesNoColumn() throws DocumentException {
        for (String name : List.of("utf8-bom.yaml", "notepad-bom-crlf.yaml")) {
            ComposeDocument doc = parser.read(fixture(name));
            assertThat(doc.text()).doesNotStartWith("\uFEFF").startsWith("# ");
            assertThat(((YMap) doc.tree()).keyLocation("services")).extracting(SourceLocation::line,
                    SourceLocation::column).containsExactly(2, 1);
        }
        assertThat(text(tree("utf8-bom.yaml"), "services", "app", "environment", "GREETING")).isEqualTo("Grüß Gott");
        assertThat(text(tree("notepad-bom-crlf.yaml"), "secrets", "db_password", "file")).isEqualTo("./db_password.txt");
    }

    @Test
    void quotingAndEscapes() {
        YMap env = (YMap) at(tree("quoted-scalars.yaml"), "services", "quoting", "environment");
        assertThat(text(env, "SINGLE")).isEqualTo("it's single-quoted; \"double\" quotes need no escape");
        assertThat(text(env, "DOUBLE")).isEqualTo("tab:\t newline:\n quote:\" backslash:\\");
        assertThat(text(env, "UNICODE_ESCAPES")).isEqualTo("café \uD83D\uDC33 A");
        assertThat(text(env, "HASH_IN_QUOTES")).isEqualTo("not # a comment");
        assertThat(text(env, "HASH_IN_PLAIN")).isEqualTo("value#not-a-comment");
        assertThat(text(env, "COLON_IN_PLAIN")).isEqualTo("http://example.com:8080/path");
        assertThat(text(env, "EMPTY_SINGLE")).isEmpty();
        assertThat(env.get("EMPTY_DOUBLE").isNull()).isFalse();
        assertThat(text(env, "PADDED")).isEqualTo("   padded   ");
        assertThat(((YScalar) env.get("LOOKS_LIKE_BOOL")).kind()).isEqualTo(YScalar.Kind.STRING);
        assertThat(((YScalar) env.get("LOOKS_LIKE_NUMBER")).kind()).isEqualTo(YScalar.Kind.STRING);
        assertThat(text(env, "MULTI_LINE_DOUBLE")).isEqualTo("first line continues here\nafter a blank line");
        assertThat(text(env, "MULTI_LINE_SINGLE")).isEqualTo("one two");
        assertThat(text(env, "ESCAPED_LINE_BREAK")).isEqualTo("no space between");
        assertThat(line(env, "ESCAPED_LINE_BREAK")).isEqualTo(22);
        assertThat(text(tree("quoted-scalars.yaml"), "services", "quoting", "command", "2"))
                .isEqualTo("echo \"$${HOME}\" && echo 'done'");
    }

    @Test
    void unicodeValuesAndColumnsInCodePoints() throws DocumentException {
        ComposeDocument doc = parser.read(fixture("unicode.yaml"));
        YMap env = (YMap) at(doc.tree(), "services", "greeter", "environment");
        assertThat(text(env, "EMOJI")).isEqualTo("\uD83D\uDC33\uD83D\uDE80\u2728");
        assertThat(text(env, "NON_BMP")).isEqualTo("\uD835\uDD18\uD835\uDD2B\uD835\uDD26\uD835\uDD20"
                + "\uD835\uDD2C\uD835\uDD21\uD835\uDD22 \uD834\uDD1E");
        assertThat(text(env, "ZWJ_SEQUENCES")).isEqualTo(
                "\uD83D\uDC69\u200D\uD83D\uDCBB \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67");
        assertThat(text(env, "COMBINING")).isEqualTo("e\u0301");
        assertThat(text(env, "NO_BREAK_SPACE")).isEqualTo("a\u00A0b");
        assertThat(text(env, "GREETING_AR")).isEqualTo("مرحبا بالعالم");
        assertThat(text(doc.tree(), "services", "greeter", "labels", "emoji.\uD83D\uDC33")).isEqualTo("whale key");

        // Columns count code points, as the parser's marks do: each whale is one column.
        String line = doc.text().lines().filter(l -> l.startsWith("  after-emoji:")).findFirst().orElseThrow();
        YMap labels = (YMap) at(doc.tree(), "services", "after-emoji", "labels");
        assertThat(labels.keyLocation("y").line()).isEqualTo(19);
        assertThat(labels.keyLocation("y").column()).isEqualTo(line.codePointCount(0, line.indexOf("y:")) + 1);

        // ...and offsetOf turns a mark back into the right char offset in the text.
        Node y = findKey(doc.root().orElseThrow(), "y");
        assertThat(doc.text().substring(doc.offsetOf(y.getStartMark()))).startsWith("y: after}}");
    }

    private Node findKey(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                    return s;
                }
                Node found = findKey(tuple.getValueNode(), key);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Compose (go-yaml) accepts a tab between a key and its value; so do we, saving it as is. */
    @Test
    void tabSeparatorsThatComposeAccepts() throws DocumentException {
        ComposeDocument doc = parser.read(fixture("tab-separators.yaml"));
        YMap api = (YMap) at(doc.tree(), "services", "api");
        assertThat(text(api, "image")).isEqualTo("node:20-alpine");
        assertThat(at(api, "image").location().column()).isEqualTo(12);
        assertThat(text(api, "working_dir")).isEqualTo("/srv/app");
        assertThat(((YList) api.get("command")).items()).extracting(v -> ((YScalar) v).text())
                .containsExactly("node", "server.js");
        assertThat(text(api, "restart")).isEqualTo("unless-stopped");
        assertThat(text(api, "labels", "com.example.team")).isEqualTo("platform");
        assertThat(text(api, "entrypoint")).isEqualTo("exec node server.js\n");
        assertThat(text(api, "ports", "0")).isEqualTo("3000:3000");
        assertThat(doc.text()).contains("image:\tnode:20-alpine");
    }

    @Test
    void tabsInCommentsAndValues() {
        YMap report = (YMap) at(tree("tabs-in-comments.yaml"), "services", "report");
        assertThat(text(report, "image")).isEqualTo("ghcr.io/example/report:2.1");
        assertThat(text(report, "environment", "TZ")).isEqualTo("Europe/Berlin");
        assertThat(text(report, "environment", "SEPARATOR")).isEqualTo("a\tb");
        assertThat(text(report, "environment", "SINGLE")).isEqualTo("c\td");
        assertThat(text(report, "environment", "ESCAPED")).isEqualTo("e\tf");
    }

    @Test
    void filesWithoutContentAreEmptyMappings() throws DocumentException {
        for (String name : List.of("empty.yaml", "comment-only.yaml", "document-start-only.yaml")) {
            ComposeDocument doc = parser.read(fixture(name));
            assertThat(doc.root()).as(name).isEmpty();
            assertThat(doc.tree()).as(name).isInstanceOf(YMap.class);
            assertThat(((YMap) doc.tree()).size()).as(name).isZero();
        }
    }

    @Test
    void documentMarkersAndAStraySeparator() {
        assertThat(text(tree("document-markers.yaml"), "services", "web", "image")).isEqualTo("nginx:1.27");
        assertThat(line(tree("document-markers.yaml"), "services", "web", "image")).isEqualTo(5);
        assertThat(text(tree("trailing-separator.yaml"), "services", "web", "image")).isEqualTo("nginx");
    }

    @Test
    void flowCollections() {
        YMap t = tree("flow-collections.yaml");
        assertThat(((YList) at(t, "services", "api", "command")).items()).extracting(v -> ((YScalar) v).text())
                .containsExactly("serve", "--port", "8080", "--workers", "4");
        assertThat(line(t, "services", "api", "command", "4")).isEqualTo(10);
        assertThat(at(t, "services", "api", "environment", "EMPTY").isNull()).isTrue();
        assertThat(text(t, "services", "api", "environment", "FEATURE_X")).isEqualTo("on");
        assertThat(text(t, "services", "api", "healthcheck", "test", "3")).isEqualTo("http://localhost:8080/health");
        assertThat(text(t, "services", "web", "ports", "1")).isEqualTo("443:443");
        assertThat(((YMap) at(t, "volumes", "db-data")).size()).isZero();
    }

    @Test
    void commentsAreNotValues() {
        YMap t = tree("comments-everywhere.yaml");
        assertThat(t.keys()).containsExactly("name", "services", "volumes");
        assertThat(text(t, "name")).isEqualTo("commented");
        assertThat(((YList) at(t, "services", "web", "command")).items()).extracting(v -> ((YScalar) v).text())
                .containsExactly("echo", "# not a comment", "value#not-a-comment");
        assertThat(((YList) at(t, "services", "web", "ports")).size()).isEqualTo(2);
        assertThat(at(t, "volumes", "data").isNull()).isTrue();
    }

    @Test
    void longLines() {
        YMap app = (YMap) at(tree("long-lines.yaml"), "services", "app");
        assertThat(text(app, "environment", "LONG_TOKEN")).hasSize(120_000);
        assertThat(text(app, "environment", "HOSTS").split(",")).hasSize(3_000);
        assertThat(((YList) app.get("command")).size()).isEqualTo(5_000);
        assertThat(text(app, "command", "4999")).isEqualTo("--opt-4999");
    }

    @Test
    void otherEverydayFiles() {
        YMap json = tree("json-with-tabs.yaml");
        assertThat(text(json, "services", "web", "image")).isEqualTo("nginx:1.27");
        assertThat(at(json, "services", "web", "environment", "B").isNull()).isTrue();
        assertThat(((YScalar) at(json, "services", "web", "environment", "C")).kind()).isEqualTo(YScalar.Kind.BOOL);
        assertThat(text(tree("trailing-whitespace.yaml"), "services", "web", "image")).isEqualTo("nginx");
        assertThat(text(tree("no-final-newline.yaml"), "services", "cache", "command", "2")).isEqualTo("yes");
    }
}

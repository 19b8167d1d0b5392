package org.stackcanvas.diagram;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Chooses a service's icon from its image name: {@code postgres:16} → {@code postgres}. */
public final class IconCatalog {

    /** Image name fragments, most specific first, and the icon they get. */
    private static final List<Map.Entry<String, String>> RULES = List.of(
            Map.entry("postgres", "postgres"), Map.entry("postgis", "postgres"), Map.entry("mysql", "mysql"),
            Map.entry("mariadb", "mysql"), Map.entry("mongo", "mongo"), Map.entry("redis", "redis"),
            Map.entry("valkey", "redis"), Map.entry("nginx", "nginx"), Map.entry("traefik", "proxy"),
            Map.entry("haproxy", "proxy"), Map.entry("caddy", "proxy"), Map.entry("httpd", "proxy"),
            Map.entry("python", "python"), Map.entry("django", "python"), Map.entry("celery", "python"),
            Map.entry("node", "node"), Map.entry("angular", "node"), Map.entry("react", "node"),
            Map.entry("vue", "node"), Map.entry("frontend", "node"), Map.entry("golang", "go"),
            Map.entry("openjdk", "java"), Map.entry("temurin", "java"), Map.entry("maven", "java"),
            Map.entry("java", "java"), Map.entry("spring", "java"), Map.entry("elasticsearch", "search"),
            Map.entry("kibana", "search"), Map.entry("logstash", "search"), Map.entry("rabbitmq", "queue"),
            Map.entry("kafka", "queue"), Map.entry("prometheus", "monitor"), Map.entry("grafana", "monitor"),
            Map.entry("wordpress", "php"), Map.entry("php", "php"), Map.entry("nextcloud", "php"),
            Map.entry("backend", "python"), Map.entry("busybox", "generic"));

    private IconCatalog() {
    }

    public static String forImage(String image) {
        String name = image.toLowerCase(Locale.ROOT);
        int slash = name.lastIndexOf('/');
        String repository = name.substring(slash + 1);
        for (Map.Entry<String, String> rule : RULES) {
            if (repository.contains(rule.getKey())) {
                return rule.getValue();
            }
        }
        return "generic";
    }

    public static String forKind(NodeKind kind) {
        return switch (kind) {
            case SERVICE -> "generic";
            case NETWORK -> "network";
            case VOLUME -> "volume";
            case BIND_MOUNT -> "folder";
            case ENV_FILE -> "envfile";
            case SECRET -> "secret";
            case CONFIG -> "config";
        };
    }
}

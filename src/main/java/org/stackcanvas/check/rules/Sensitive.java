package org.stackcanvas.check.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared knowledge: names that hold secrets, database images and their ports. */
final class Sensitive {

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(_\\w*)?$");
    static final Set<String> DATABASE_IMAGES = Set.of("postgres", "postgis", "mysql", "mariadb", "mongo", "redis",
            "memcached", "elasticsearch", "opensearch", "cassandra", "couchdb", "mssql", "mcr.microsoft.com/mssql",
            "influxdb", "neo4j", "rabbitmq", "valkey", "clickhouse-server", "cockroach", "timescaledb", "keydb",
            "azure-sql-edge");
    static final Set<Integer> DATABASE_PORTS = Set.of(3306, 5432, 27017, 6379, 11211, 9200, 9300, 9042, 5984,
            1433, 8086, 7687, 5672, 26257, 9000, 8123);

    private Sensitive() {
    }

    /** A variable named like a secret, but not the {@code _FILE} convention that points at one. */
    static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return SECRET_NAME.matcher(upper).matches() && !upper.endsWith("_FILE") && !upper.endsWith("_PATH")
                && !upper.endsWith("_HOST") && !upper.endsWith("_URL") && !upper.endsWith("_NAME");
    }

    /** A value that is really a secret, not a reference, placeholder or empty. */
    static boolean isLiteralSecretValue(String value) {
        String v = value.trim();
        return !v.isEmpty() && !v.contains("${") && !v.startsWith("$") && !v.startsWith("/run/secrets/");
    }

    static boolean isDatabaseImage(String image) {
        return ImageRef.parse(image).map(r -> DATABASE_IMAGES.contains(r.shortName())
                || DATABASE_IMAGES.contains(r.repository().toLowerCase(Locale.ROOT))).orElse(false);
    }
}

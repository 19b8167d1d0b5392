package org.stackcanvas.bench;

/**
 * Writes a realistic compose file with {@code n} services for benchmarks and scale tests: anchors
 * merged into every service and into its environment, {@code x-} extensions, healthchecks,
 * environment with interpolation, ports, volumes, labels, a few networks, depends_on chains (long
 * and short syntax) and comments. Deterministic: the same {@code n} gives the same text. Compose v1
 * accepts it too, so it can be compared with {@code docker-compose config}.
 */
public final class StackGenerator {

    private static final String[] IMAGES = {"nginx:1.27-alpine", "postgres:16.4-alpine", "redis:7.4-alpine",
        "python:3.12-slim", "node:22-alpine", "eclipse-temurin:21-jre"};

    private StackGenerator() {
    }

    public static String generate(int n) {
        StringBuilder out = new StringBuilder(n * 420);
        out.append("# Generated stack with ").append(n).append(" services\n")
                .append("x-defaults: &defaults\n")
                .append("  restart: unless-stopped\n")
                .append("  logging:\n    driver: json-file\n    options:\n      max-size: 10m\n      max-file: \"3\"\n")
                .append("  security_opt:\n    - no-new-privileges:true\n")
                .append("x-common-env: &common-env\n")
                .append("  TZ: UTC\n  APP_ENV: ${APP_ENV:-production}\n\n")
                .append("services:\n");
        for (int i = 0; i < n; i++) {
            String name = "svc-" + i;
            out.append("  # service ").append(i).append('\n')
                    .append("  ").append(name).append(":\n")
                    .append("    <<: *defaults\n")
                    .append("    image: ").append(IMAGES[i % IMAGES.length]).append('\n')
                    .append("    environment:\n")
                    .append("      <<: *common-env\n")
                    .append("      SERVICE_NAME: ").append(name).append('\n')
                    .append("      LOG_LEVEL: ${LOG_LEVEL:-info}\n")
                    .append("    ports:\n      - \"").append(10000 + i).append(":8080\"\n")
                    .append("    volumes:\n      - data-").append(i % 20).append(":/data\n")
                    .append("    networks:\n      - net-").append(i % 5).append('\n')
                    .append("    labels:\n      com.example.tier: \"").append(i % 3 == 0 ? "front" : "back")
                    .append("\"  # where it sits\n")
                    .append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 30s\n");
            if (i % 10 == 5) {
                out.append("    depends_on: [svc-").append(i - 1).append("]\n");
            } else if (i % 10 != 0) {
                out.append("    depends_on:\n      svc-").append(i - 1).append(":\n        condition: service_healthy\n");
            }
        }
        out.append("\nnetworks:\n");
        for (int i = 0; i < 5; i++) {
            out.append("  net-").append(i).append(": {}\n");
        }
        out.append("\nvolumes:\n");
        for (int i = 0; i < 20; i++) {
            out.append("  data-").append(i).append(": {}\n");
        }
        return out.toString();
    }
}

package org.stackcanvas.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The editor's figures, each taken in a child JVM that runs the real window (the probe lives in the
 * UI layer; this class only starts it): time from process start to the first frame with the sample
 * stack, resident memory with a stack open, and the canvas pulse during a drag. Software rendering,
 * on the display in {@code DISPLAY} (Xvfb when headless).
 */
final class UiFigures {

    private static final String PROBE = "org.stackcanvas.ui.bench.UiProbeMain";

    private final BenchOptions options;
    private final Map<String, String> environment;

    UiFigures(BenchOptions options, Map<String, String> environment) {
        this.options = options;
        this.environment = environment;
    }

    List<Figure> measure(int services, Path file) throws IOException, InterruptedException {
        String display = environment.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return List.of(Figure.skipped("UI figures", "no display: DISPLAY is not set (compare.sh starts Xvfb"
                    + " when it is installed; or run under xvfb-run)"));
        }
        List<Figure> figures = new ArrayList<>();
        int runs = Math.max(1, Math.min(options.repetitions(), 5));
        double[] firstFrame = new double[runs];
        for (int i = 0; i < runs; i++) {
            List<String> lines = run(List.of());
            firstFrame[i] = value(lines, "first-frame-at") - value(lines, "jvm-start-at");
        }
        figures.add(Figure.of("first frame, sample stack (process start)", Samples.of("ms", firstFrame),
                Target.atMost(1500)));
        List<String> lines = run(List.of(file.toString(), "60"));
        double[] pulses = values(lines, "pulse-ms");
        figures.add(Figure.of("canvas pulse during drag, " + services + " services (rendered)", Samples.of("ms", pulses),
                Target.atMost(16)));
        figures.add(Figure.of("resident memory, " + services + " services open", Samples.of("MB",
                value(lines, "rss-mb")), Target.atMost(300)));
        return figures;
    }

    private List<String> run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(Executables.javaWithClassPath());
        // Software rendering, as on a machine without a GPU; the same in every run.
        command.add(1, "-Dprism.order=sw");
        command.add(PROBE);
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("the UI probe did not finish within 3 minutes");
        }
        for (String line : lines) {
            if (line.startsWith("error ")) {
                throw new IOException("the UI probe failed: " + line.substring(6));
            }
        }
        return lines;
    }

    private static double value(List<String> lines, String key) throws IOException {
        return values(lines, key)[0];
    }

    private static double[] values(List<String> lines, String key) throws IOException {
        for (String line : lines) {
            if (line.startsWith(key + " ")) {
                return Arrays.stream(line.substring(key.length() + 1).trim().split(" "))
                        .mapToDouble(Double::parseDouble).toArray();
            }
        }
        throw new IOException("the UI probe printed no " + key + " (it printed " + lines + ")");
    }
}

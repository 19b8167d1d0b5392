package org.stackcanvas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the figures of one run as a Markdown table (readable in a terminal, pasteable into the README). */
public final class BenchTable {

    private static final List<String> HEADER = List.of("Figure", "StackCanvas median (min-max)", "Peer",
            "Peer median (min-max)", "Ratio", "Target", "Result");

    private BenchTable() {
    }

    public static String render(List<Figure> figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        List<String> notes = new ArrayList<>();
        for (Figure f : figures) {
            if (f.isSkipped()) {
                rows.add(List.of(f.name(), "-", "", "", "", "", "SKIPPED"));
                notes.add(f.name() + ": " + f.skipped());
                continue;
            }
            String unit = f.ours().unit();
            rows.add(List.of(f.name(), spread(f.ours()),
                    f.peerName() == null ? "" : f.peerName(),
                    f.peer() == null ? "" : spread(f.peer()),
                    f.ratio().map(r -> String.format(Locale.ROOT, "%.2fx", r)).orElse(""),
                    f.target() == null ? "" : f.target().describe(unit),
                    f.met().map(m -> m ? "PASS" : "MISS").orElse("")));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                line(out, rule, widths);
            }
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("Not measured: ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append(' ').append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length())).append(" |");
        }
        out.append('\n');
    }

    static String spread(Samples s) {
        String unit = s.unit();
        return String.format(Locale.ROOT, "%s %s (%s-%s)", number(s.median()), unit, number(s.min()), number(s.max()));
    }

    private static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}

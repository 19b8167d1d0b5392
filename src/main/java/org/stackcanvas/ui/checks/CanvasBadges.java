package org.stackcanvas.ui.checks;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.problems.Problem;
import org.stackcanvas.ui.problems.ProblemSource;
import org.stackcanvas.ui.problems.Severity;
import org.stackcanvas.ui.session.ElementRef;

/** Puts each element's worst problem severity, with the number of its problems, on its canvas node. */
public final class CanvasBadges {

    /** The badge of one node: the worst severity of its problems and how many there are. */
    public record Badge(Severity severity, int count) {
    }

    private final CanvasView canvas;
    private final Set<String> shown = new HashSet<>();

    public CanvasBadges(ProblemSource source, CanvasView canvas) {
        Objects.requireNonNull(source, "source");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        source.problems().addListener((o, was, now) -> show(now));
        show(source.problems().getValue());
    }

    /** Node id ({@code service:web}) to badge, for the problems that name their element. */
    public static Map<String, Badge> badges(List<Problem> problems) {
        Map<String, Badge> out = new LinkedHashMap<>();
        for (Problem p : problems) {
            p.details().element().ifPresent(ref -> out.merge(nodeId(ref), new Badge(p.severity(), 1),
                    (a, b) -> new Badge(a.severity().compareTo(b.severity()) <= 0 ? a.severity() : b.severity(),
                            a.count() + b.count())));
        }
        return out;
    }

    static String nodeId(ElementRef ref) {
        return NodeKind.valueOf(ref.kind().name()).id(ref.name());
    }

    private void show(List<Problem> problems) {
        Map<String, Badge> badges = badges(problems == null ? List.of() : problems);
        for (String id : shown) {
            if (!badges.containsKey(id)) {
                canvas.setNodeProblems(id, null, 0);
            }
        }
        badges.forEach((id, b) -> canvas.setNodeProblems(id, b.severity().name().toLowerCase(Locale.ROOT), b.count()));
        shown.clear();
        shown.addAll(badges.keySet());
    }
}

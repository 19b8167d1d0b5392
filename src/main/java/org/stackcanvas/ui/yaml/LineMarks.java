package org.stackcanvas.ui.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The line-level marks of the YAML pane: lines changed by the last outside edit, the line of the
 * current YAML error and the line of the selected element. Shown as paragraph style classes (a
 * tinted line) and as a marker in the gutter next to the line number. Lines are 1-based.
 */
final class LineMarks {

    static final String CHANGED = "yaml-changed-line";
    static final String ERROR = "yaml-error-line";
    static final String SELECTED = "yaml-selected-line";

    private static final PseudoClass CHANGED_STATE = PseudoClass.getPseudoClass("changed");
    private static final PseudoClass ERROR_STATE = PseudoClass.getPseudoClass("error");

    private final CodeArea area;
    private final ObservableSet<Integer> changed = FXCollections.observableSet();
    private final ReadOnlyIntegerWrapper errorLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper selectedLine = new ReadOnlyIntegerWrapper(0);
    private final IntFunction<Node> lineNumbers;

    LineMarks(CodeArea area) {
        this.area = area;
        this.lineNumbers = LineNumberFactory.get(area);
        area.setParagraphGraphicFactory(this::gutter);
    }

    ObservableSet<Integer> changed() {
        return FXCollections.unmodifiableObservableSet(changed);
    }

    ReadOnlyIntegerProperty errorLineProperty() {
        return errorLine.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty selectedLineProperty() {
        return selectedLine.getReadOnlyProperty();
    }

    void setChanged(Collection<Integer> lines) {
        if (!changed.equals(new java.util.HashSet<>(lines))) {
            changed.clear();
            changed.addAll(lines);
        }
        restyle();
    }

    void clearChanged() {
        if (!changed.isEmpty()) {
            changed.clear();
            restyle();
        }
    }

    void setError(int line, String message) {
        errorMessage.set(message);
        errorLine.set(line);
        restyle();
    }

    void setSelected(int line) {
        selectedLine.set(line);
        restyle();
    }

    /**
     * Brings every paragraph's style classes in line with the marks. Text replacement can carry a
     * paragraph style onto new lines, so all lines are checked, not only the ones that were marked.
     */
    void restyle() {
        int count = area.getParagraphs().size();
        for (int p = 0; p < count; p++) {
            List<String> want = classesFor(p + 1);
            if (!new ArrayList<>(area.getParagraph(p).getParagraphStyle()).equals(want)) {
                area.setParagraphStyle(p, want);
            }
        }
    }

    private List<String> classesFor(int line) {
        List<String> classes = new ArrayList<>(3);
        if (changed.contains(line)) {
            classes.add(CHANGED);
        }
        if (selectedLine.get() == line) {
            classes.add(SELECTED);
        }
        if (errorLine.get() == line) {
            classes.add(ERROR);
        }
        return classes;
    }

    /** Line number plus a marker bar; the marker follows the marks while the line is on screen. */
    private Node gutter(int index) {
        int line = index + 1;
        Region marker = new Region();
        marker.getStyleClass().add("yaml-gutter-marker");
        // Made for the error line only: a tooltip is a popup window, too dear for every visible line.
        Tooltip[] tip = new Tooltip[1];
        ObjectBinding<String> state = Bindings.createObjectBinding(
                () -> errorLine.get() == line ? "error" : changed.contains(line) ? "changed" : "",
                changed, errorLine, errorMessage);
        Runnable update = () -> {
            String s = state.get();
            marker.pseudoClassStateChanged(ERROR_STATE, s.equals("error"));
            marker.pseudoClassStateChanged(CHANGED_STATE, s.equals("changed"));
            if (s.equals("error")) {
                if (tip[0] == null) {
                    tip[0] = new Tooltip();
                }
                tip[0].setText(errorMessage.get());
                Tooltip.install(marker, tip[0]);
            } else if (tip[0] != null) {
                Tooltip.uninstall(marker, tip[0]);
            }
        };
        state.addListener((o, a, b) -> update.run());
        update.run();
        // The binding lives as long as the marker; it listens to the marks only weakly.
        marker.getProperties().put(LineMarks.class, state);
        HBox box = new HBox(lineNumbers.apply(index), marker);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("yaml-gutter");
        return box;
    }
}

package org.stackcanvas.ui.problems;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Under the Problems table: the selected problem's rule, why it matters, its link and its fix. */
final class ProblemDetailsPane extends VBox {

    private final Label title = new Label();
    private final Label why = new Label();
    private final Hyperlink link = new Hyperlink();
    private final Button fix = new Button("Fix");
    private Problem shown;

    ProblemDetailsPane(Consumer<Problem> onFix, Consumer<String> onLink) {
        Objects.requireNonNull(onFix, "onFix");
        Objects.requireNonNull(onLink, "onLink");
        getStyleClass().add("problem-details");
        title.getStyleClass().add("problem-details-title");
        why.getStyleClass().add("problem-details-why");
        why.setWrapText(true);
        link.getStyleClass().add("problem-details-link");
        fix.getStyleClass().add("problem-details-fix");
        fix.setOnAction(e -> {
            if (shown != null) {
                onFix.accept(shown);
            }
        });
        link.setOnAction(e -> onLink.accept(link.getText()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, fix);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(top, why, link);
        show(null);
    }

    void show(Problem problem) {
        shown = problem;
        boolean explained = problem != null && !problem.details().explanation().isEmpty();
        setVisible(explained || problem != null && problem.hasFix());
        setManaged(isVisible());
        if (problem == null) {
            return;
        }
        ProblemDetails d = problem.details();
        title.setText(d.title().isEmpty() ? problem.message() : d.title() + "  [" + problem.ruleId() + "]");
        why.setText(d.why());
        link.setText(d.link().orElse(""));
        link.setVisible(d.link().isPresent());
        link.setManaged(d.link().isPresent());
        fix.setVisible(problem.hasFix());
        fix.setManaged(problem.hasFix());
        fix.setText(d.fix().map(f -> "Fix: " + f.description()).orElse("Fix"));
    }

    Problem shown() {
        return shown;
    }

    Button fixButton() {
        return fix;
    }

    Hyperlink link() {
        return link;
    }
}

package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.stackcanvas.edit.RemoveDependencyCommand;
import org.stackcanvas.edit.SetDependencyCommand;
import org.stackcanvas.model.Dependency;

/** {@code depends_on}: each dependency with its condition; add and remove dependencies. */
final class DependsOnSection extends InspectorSection {

    static final List<String> CONDITIONS = List.of(Dependency.SERVICE_STARTED, Dependency.SERVICE_HEALTHY,
            Dependency.SERVICE_COMPLETED_SUCCESSFULLY);

    private final GridPane table = new GridPane();
    private final ChoiceBox<String> newService = new ChoiceBox<>();
    private final ChoiceBox<String> newCondition = new ChoiceBox<>(FXCollections.observableArrayList(CONDITIONS));
    private List<String> shown = null;
    private ServiceContext ctx;
    private boolean updating;

    DependsOnSection() {
        super("Depends on", "section-depends-on");
        table.getStyleClass().add("kv-grid");
        newService.setId("depends-new-service");
        newCondition.setId("depends-new-condition");
        newCondition.setValue(Dependency.SERVICE_STARTED);
        wide(table);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        List<String> key = c.service().dependsOn().stream().map(d -> d.service() + "=" + d.condition()).toList();
        List<String> others = c.session().snapshot().model().services().keySet().stream()
                .filter(s -> !s.equals(c.name()) && !c.service().dependencyNames().contains(s)).toList();
        List<String> state = new java.util.ArrayList<>(key);
        state.add("|");
        state.addAll(others);
        if (Objects.equals(state, shown)) {
            return;
        }
        shown = state;
        updating = true;
        try {
            table.getChildren().clear();
            int r = 0;
            for (Dependency d : c.service().dependsOn()) {
                ChoiceBox<String> condition = new ChoiceBox<>(FXCollections.observableArrayList(CONDITIONS));
                condition.getStyleClass().add("depends-condition");
                condition.setUserData(d.service());
                condition.setValue(d.condition());
                condition.valueProperty().addListener((obs, old, value) -> {
                    if (!updating && value != null && !value.equals(old)) {
                        ctx.execute(new SetDependencyCommand(ctx.doc("depends_on"), ctx.name(), d.service(), value));
                    }
                });
                Button remove = new Button("\u2212");
                remove.getStyleClass().addAll("depends-remove", "flat");
                remove.setUserData(d.service());
                remove.setOnAction(e -> ctx.execute(new RemoveDependencyCommand(ctx.doc("depends_on"), ctx.name(),
                        d.service())));
                table.addRow(r++, new Label(d.service()), condition, remove);
            }
            newService.setItems(FXCollections.observableArrayList(others));
            newService.setValue(others.isEmpty() ? null : others.get(0));
            Button add = new Button("+");
            add.setId("depends-add");
            add.getStyleClass().add("flat");
            add.setDisable(others.isEmpty());
            add.setOnAction(e -> {
                if (newService.getValue() != null) {
                    ctx.execute(new SetDependencyCommand(ctx.doc("depends_on"), ctx.name(), newService.getValue(),
                            newCondition.getValue()));
                }
            });
            table.addRow(r, newService, newCondition, add);
        } finally {
            updating = false;
        }
    }
}

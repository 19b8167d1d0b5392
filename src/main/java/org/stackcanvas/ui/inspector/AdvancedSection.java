package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.SetAttributeCommand;

/**
 * Every attribute the sections above do not show, as text in a ControlsFX property sheet; a scalar
 * is editable and commits on Enter or focus loss, a list or mapping is shown in flow form.
 */
final class AdvancedSection extends InspectorSection {

    static final Set<String> SHOWN = Set.of("image", "build", "command", "entrypoint", "environment", "env_file",
            "ports", "volumes", "networks", "depends_on", "healthcheck", "restart", "user", "read_only", "profiles",
            "labels");

    private final PropertySheet sheet = new PropertySheet();
    private Map<String, String> shown = Map.of();
    private ServiceContext ctx;

    AdvancedSection() {
        super("Advanced", "section-advanced");
        sheet.setId("advanced-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(item -> new CommitEditor((AttributeItem) item));
        wide(sheet);
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Boolean> scalar = new LinkedHashMap<>();
        YValue service = c.session().snapshot().project().services().get(c.name());
        if (service instanceof YMap map) {
            for (String key : map.keys()) {
                if (SHOWN.contains(key)) {
                    continue;
                }
                YValue raw = c.raw(key).orElse(map.get(key));
                scalar.put(key, raw instanceof YScalar);
                values.put(key, raw instanceof YScalar s ? s.text() : BlockWriter.flow(BlockWriter.plain(raw)));
            }
        }
        if (values.equals(shown)) {
            return;
        }
        shown = values;
        List<PropertySheet.Item> items = new ArrayList<>();
        values.forEach((key, text) -> items.add(new AttributeItem(key, text, scalar.get(key))));
        sheet.getItems().setAll(items);
    }

    List<String> attributeNames() {
        return new ArrayList<>(shown.keySet());
    }

    private boolean write(String key, String text) {
        return ctx.execute(new SetAttributeCommand(ctx.doc(key), ctx.name(), key, BuildSection.blankToNull(text)));
    }

    /** One attribute as a property sheet row. */
    private final class AttributeItem implements PropertySheet.Item {
        private final String key;
        private String text;
        private final boolean editable;

        AttributeItem(String key, String text, boolean editable) {
            this.key = key;
            this.text = text;
            this.editable = editable;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return "Advanced";
        }

        @Override
        public String getName() {
            return key;
        }

        @Override
        public String getDescription() {
            return editable ? key : key + " (edit lists and mappings in the YAML pane)";
        }

        @Override
        public Object getValue() {
            return text;
        }

        @Override
        public void setValue(Object value) {
            String newText = value == null ? "" : value.toString();
            if (!newText.equals(text) && write(key, newText)) {
                text = newText;
            }
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return editable;
        }
    }

    /** A text editor that commits once, on Enter or focus loss (the stock one commits every keystroke). */
    private static final class CommitEditor implements PropertyEditor<Object> {
        private final TextField field = new TextField();

        CommitEditor(AttributeItem item) {
            field.getStyleClass().add("advanced-value");
            field.setUserData(item.getName());
            field.setEditable(item.isEditable());
            field.setText(String.valueOf(item.getValue()));
            field.setOnAction(e -> item.setValue(field.getText()));
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && item.isEditable()) {
                    item.setValue(field.getText());
                }
            });
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            field.setText(value == null ? "" : value.toString());
        }
    }
}

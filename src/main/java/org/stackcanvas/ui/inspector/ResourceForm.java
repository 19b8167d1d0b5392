package org.stackcanvas.ui.inspector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.ComposeEditor;
import org.stackcanvas.edit.SetElementAttributeCommand;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.session.ProjectSnapshot;

/** The smaller form for a top-level network, volume, secret or config. */
final class ResourceForm implements ElementForm {

    private final EditorSession session;
    private final ElementRef ref;
    private final String section;
    private final VBox box = new VBox();
    private final Map<String, CommitField> fields = new LinkedHashMap<>();
    private final CheckBox external = new CheckBox("external (created outside this project)");
    private final Label hint = new Label();
    private boolean updating;

    ResourceForm(EditorSession session, ElementRef ref) {
        this.session = session;
        this.ref = ref;
        this.section = switch (ref.kind()) {
            case NETWORK -> "networks";
            case VOLUME -> "volumes";
            case SECRET -> "secrets";
            case CONFIG -> "configs";
            default -> throw new IllegalArgumentException(ref.kind() + " has no resource form");
        };
        Label title = new Label(ref.name());
        title.getStyleClass().add("inspector-title");
        Label kind = new Label(section.substring(0, section.length() - 1));
        kind.getStyleClass().add("inspector-kind");
        InspectorSection form = new InspectorSection("Definition", "section-definition") {
            @Override
            void update(ServiceContext context) {
            }
        };
        for (String attribute : attributes()) {
            CommitField field = new CommitField(section + "-" + attribute)
                    .onCommit(text -> write(attribute, BuildSection.blankToNull(text)));
            fields.put(attribute, field);
            form.row(attribute, field);
        }
        external.setId(section + "-external");
        external.setOnAction(e -> {
            if (!updating) {
                write("external", external.isSelected() ? "true" : null);
            }
        });
        form.row("", external);
        hint.getStyleClass().add("hint");
        box.getStyleClass().add("inspector-form");
        box.getChildren().addAll(title, kind, form, hint);
    }

    private List<String> attributes() {
        return switch (ref.kind()) {
            case NETWORK, VOLUME -> List.of("name", "driver");
            default -> List.of("name", "file", "environment");
        };
    }

    private boolean write(String attribute, String value) {
        return session.execute(new SetElementAttributeCommand(documentName(session.snapshot()), section, ref.name(),
                attribute, value));
    }

    private String documentName(ProjectSnapshot snapshot) {
        return snapshot.locationOf(ref).map(SourceLocation::file).filter(f -> !f.isEmpty())
                .orElse(session.primaryDocument());
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public boolean update(ProjectSnapshot snapshot) {
        Optional<YValue> resolved = ComposeEditor.effective(docOrNull(snapshot), List.of(section, ref.name()));
        if (snapshot.locationOf(ref).isEmpty()) {
            boolean implicit = ref.kind() == ElementRef.Kind.NETWORK && ref.name().equals("default");
            fields.values().forEach(f -> f.setDisable(true));
            external.setDisable(true);
            hint.setText(implicit ? "The default network is created by Compose; declare it under networks to change it."
                    : "Not declared in the project.");
            return implicit;
        }
        YMap raw = resolved.orElse(null) instanceof YMap m ? m : null;
        YMap effective = snapshot.project().model().map(section).flatMap(s -> s.map(ref.name())).orElse(null);
        fields.forEach((attribute, field) -> field.show(text(raw, attribute), text(effective, attribute)));
        updating = true;
        try {
            external.setSelected(raw != null && raw.get("external") instanceof YScalar s && s.asBoolean()
                    || raw != null && raw.get("external") instanceof YMap);
        } finally {
            updating = false;
        }
        return true;
    }

    private ComposeDocument docOrNull(ProjectSnapshot snapshot) {
        try {
            return session.document(documentName(snapshot));
        } catch (IllegalArgumentException e) {
            return session.document(session.primaryDocument());
        }
    }

    private static String text(YMap map, String key) {
        return map != null && map.get(key) instanceof YScalar s && s.kind() != YScalar.Kind.NULL ? s.text() : "";
    }
}

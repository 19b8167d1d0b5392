package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.stackcanvas.model.Service;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ProjectSnapshot;

/** The form for one service: its sections, top to bottom. */
final class ServiceForm implements ElementForm {

    private final EditorSession session;
    private final String name;
    private final VBox box = new VBox();
    private final List<InspectorSection> sections;

    ServiceForm(EditorSession session, String name, Consumer<String> openEnvFile) {
        this.session = session;
        this.name = name;
        Label title = new Label(name);
        title.getStyleClass().add("inspector-title");
        Label kind = new Label("service");
        kind.getStyleClass().add("inspector-kind");
        sections = List.of(new ImageSection(), new BuildSection(), new CommandSection(), new EnvironmentSection(),
                new EnvFilesSection(openEnvFile), new PortsSection(), new VolumesSection(), new NetworksSection(),
                new DependsOnSection(), new HealthcheckSection(), new RuntimeSection(), new MetadataSection(),
                new AdvancedSection());
        box.getStyleClass().add("inspector-form");
        box.getChildren().addAll(title, kind);
        box.getChildren().addAll(sections);
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public boolean update(ProjectSnapshot snapshot) {
        Optional<Service> service = snapshot.model().service(name);
        if (service.isEmpty()) {
            return false;
        }
        ServiceContext context = new ServiceContext(session, service.get());
        for (InspectorSection section : sections) {
            section.update(context);
        }
        return true;
    }
}

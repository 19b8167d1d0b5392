package org.stackcanvas.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphEdge;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.document.BlockWriter;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.edit.AddServiceCommand;
import org.stackcanvas.edit.AddTopLevelCommand;
import org.stackcanvas.edit.AttachNetworkCommand;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.ComposeEditor;
import org.stackcanvas.edit.CompoundCommand;
import org.stackcanvas.edit.DetachNetworkCommand;
import org.stackcanvas.edit.EditException;
import org.stackcanvas.edit.EditTarget;
import org.stackcanvas.edit.MountVolumeCommand;
import org.stackcanvas.edit.MoveNodesCommand;
import org.stackcanvas.edit.PortCommand;
import org.stackcanvas.edit.RemoveServiceCommand;
import org.stackcanvas.edit.RemoveTopLevelCommand;
import org.stackcanvas.edit.RenameServiceCommand;
import org.stackcanvas.edit.ServiceItemCommand;
import org.stackcanvas.edit.SetDependencyCommand;
import org.stackcanvas.edit.SetEnvironmentCommand;
import org.stackcanvas.edit.UnmountVolumeCommand;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.ui.palette.PaletteEntry;
import org.stackcanvas.ui.session.EditorSession;

/**
 * Turns canvas gestures into commands: what a palette drop creates, what a wire means, what a
 * delete, paste or rename changes. Each gesture is one (compound) command, so one undo step; the
 * positions of created nodes are part of the same step.
 */
final class CanvasActions {

    private record Copied(String name, Map<String, Object> body, Position position) {
    }

    private final CanvasView canvas;
    private final EditorSession session;
    private final List<Copied> clipboard = new ArrayList<>();
    private int pasteCount;

    CanvasActions(CanvasView canvas) {
        this.canvas = canvas;
        this.session = canvas.session;
    }

    static double[] size(NodeKind kind) {
        return kind == NodeKind.SERVICE ? new double[] {GraphLayouter.SERVICE_WIDTH, GraphLayouter.SERVICE_HEIGHT}
                : new double[] {GraphLayouter.RESOURCE_WIDTH, GraphLayouter.RESOURCE_HEIGHT};
    }

    // ---- palette ------------------------------------------------------------------------------

    boolean create(PaletteEntry entry, Point2D at) {
        ComposeModel model = session.snapshot().model();
        String doc = session.primaryDocument();
        List<Command> parts = new ArrayList<>();
        String name;
        switch (entry.kind()) {
            case SERVICE -> {
                name = entry == PaletteEntry.SERVICE ? numbered("service", model.services().keySet())
                        : unique(entry.baseName(), model.services().keySet());
                parts.add(new AddServiceCommand(doc, name, entry.image().orElse(null)));
                entry.environment().forEach((k, v) -> parts.add(new SetEnvironmentCommand(doc, name, k, v)));
                entry.ports().forEach(p -> parts.add(PortCommand.add(doc, name, p)));
                entry.dataPath().ifPresent(path -> parts.add(new MountVolumeCommand(doc, name,
                        unique(name + "-data", model.volumes().keySet()), path, false)));
            }
            case NETWORK -> {
                name = numbered("network", model.networks().keySet());
                parts.add(new AddTopLevelCommand(doc, "networks", name, Map.of()));
            }
            case VOLUME -> {
                name = numbered("volume", model.volumes().keySet());
                parts.add(new AddTopLevelCommand(doc, "volumes", name, Map.of()));
            }
            case SECRET -> {
                name = numbered("secret", model.secrets().keySet());
                parts.add(new AddTopLevelCommand(doc, "secrets", name, Map.of("file", "./secrets/" + name + ".txt")));
            }
            case CONFIG -> {
                name = numbered("config", model.configs().keySet());
                parts.add(new AddTopLevelCommand(doc, "configs", name, Map.of("file", "./" + name + ".conf")));
            }
            case ENV_FILE -> {
                return addEnvFile(at);
            }
            default -> {
                return false;
            }
        }
        String id = entry.kind().id(name);
        double[] size = size(entry.kind());
        parts.add(new MoveNodesCommand(canvas.layout,
                Map.of(id, new Position(Math.round(at.getX() - size[0] / 2), Math.round(at.getY() - size[1] / 2)))));
        boolean done = session.execute(new CompoundCommand("Add " + NodeView.kindLabel(entry.kind()) + " " + name, parts));
        if (done) {
            canvas.select(List.of(id));
        } else {
            canvas.showHint(session.statusProperty().get());
        }
        return done;
    }

    private boolean addEnvFile(Point2D at) {
        String over = canvas.nodeAt(at);
        if (over == null || canvas.nodeViews.get(over).kind() != NodeKind.SERVICE) {
            canvas.showHint("Drop the env file onto the service that should read it");
            return false;
        }
        String service = canvas.nodeViews.get(over).node().name();
        Set<String> files = new HashSet<>();
        canvas.graph.nodes().stream().filter(n -> n.kind() == NodeKind.ENV_FILE).forEach(n -> files.add(n.name()));
        String file = "./" + service + ".env";
        for (int i = 2; files.contains(file); i++) {
            file = "./" + service + "-" + i + ".env";
        }
        return execute(ServiceItemCommand.add(session.documentFor(service, "env_file"), service, "env_file", file),
                service + " already reads " + file);
    }

    // ---- wires --------------------------------------------------------------------------------

    void connect(String fromId, String toId) {
        GraphNode a = canvas.nodeViews.get(fromId).node();
        GraphNode b = canvas.nodeViews.get(toId).node();
        if (a.kind() != NodeKind.SERVICE && b.kind() == NodeKind.SERVICE) {
            GraphNode swap = a;
            a = b;
            b = swap;
        }
        if (a.kind() != NodeKind.SERVICE) {
            canvas.showHint("A " + NodeView.kindLabel(a.kind()) + " cannot be wired to a " + NodeView.kindLabel(b.kind())
                    + ": wires connect a service to what it uses");
            return;
        }
        String service = a.name();
        String target = b.name();
        Optional<Command> command = switch (b.kind()) {
            case SERVICE -> canvas.prompts.dependencyCondition(service, target)
                    .map(c -> new SetDependencyCommand(session.documentFor(service, "depends_on"), service, target, c));
            case NETWORK -> Optional.of(new AttachNetworkCommand(session.documentFor(service, "networks"), service, target));
            case VOLUME, BIND_MOUNT -> canvas.prompts.mountTarget(service, target, suggestedTarget(a, b))
                    .map(t -> new MountVolumeCommand(session.documentFor(service, "volumes"), service, target, t, false));
            case ENV_FILE -> Optional.of(ServiceItemCommand.add(session.documentFor(service, "env_file"), service,
                    "env_file", target));
            case SECRET -> Optional.of(ServiceItemCommand.add(session.documentFor(service, "secrets"), service,
                    "secrets", target));
            case CONFIG -> Optional.of(ServiceItemCommand.add(session.documentFor(service, "configs"), service,
                    "configs", target));
        };
        command.ifPresent(c -> execute(c, service + " is already connected to " + target));
    }

    /** Where a volume usually goes for this kind of service. */
    static String suggestedTarget(GraphNode service, GraphNode source) {
        String byImage = switch (service.icon()) {
            case "postgres" -> service.subtitle().contains("mysql") ? "/var/lib/mysql" : "/var/lib/postgresql/data";
            case "mysql" -> "/var/lib/mysql";
            case "mongo" -> "/data/db";
            case "redis" -> "/data";
            case "nginx" -> "/usr/share/nginx/html";
            default -> "";
        };
        if (!byImage.isEmpty()) {
            return byImage;
        }
        if (source.kind() == NodeKind.BIND_MOUNT) {
            String[] parts = source.name().replace('\\', '/').split("/");
            String last = parts.length == 0 ? "" : parts[parts.length - 1];
            return last.isEmpty() || last.equals(".") ? "/data" : "/" + last;
        }
        return "/data";
    }

    /** Runs a command; says why when it changed nothing. */
    private boolean execute(Command command, String noChange) {
        session.setStatus("");
        boolean changed = session.execute(command);
        if (!changed) {
            String status = session.statusProperty().get();
            canvas.showHint(status.isEmpty() ? noChange : status);
        }
        return changed;
    }

    // ---- delete ---------------------------------------------------------------------------------

    void deleteSelection() {
        Set<String> ids = canvas.selectedIds();
        ids.retainAll(canvas.nodeViews.keySet());
        if (ids.isEmpty()) {
            return;
        }
        ComposeModel model = session.snapshot().model();
        Set<String> services = new HashSet<>();
        for (String id : ids) {
            GraphNode n = canvas.nodeViews.get(id).node();
            if (n.kind() == NodeKind.SERVICE) {
                services.add(n.name());
            }
        }
        List<Command> parts = new ArrayList<>();
        for (String id : ids) {
            GraphNode n = canvas.nodeViews.get(id).node();
            if (n.kind() == NodeKind.SERVICE) {
                continue;
            }
            for (GraphEdge edge : canvas.graph.edges()) {
                GraphNode user = canvas.nodeViews.containsKey(edge.from()) ? canvas.nodeViews.get(edge.from()).node() : null;
                if (!edge.to().equals(id) || user == null || services.contains(user.name())) {
                    continue;
                }
                String s = user.name();
                switch (edge.kind()) {
                    case NETWORK -> parts.add(new DetachNetworkCommand(session.documentFor(s, "networks"), s, n.name()));
                    case VOLUME, BIND_MOUNT -> parts.add(new UnmountVolumeCommand(session.documentFor(s, "volumes"), s,
                            edge.label()));
                    case ENV_FILE -> parts.add(ServiceItemCommand.remove(session.documentFor(s, "env_file"), s,
                            "env_file", n.name()));
                    case SECRET -> parts.add(ServiceItemCommand.remove(session.documentFor(s, "secrets"), s,
                            "secrets", n.name()));
                    case CONFIG -> parts.add(ServiceItemCommand.remove(session.documentFor(s, "configs"), s,
                            "configs", n.name()));
                    default -> {
                    }
                }
            }
            switch (n.kind()) {
                case NETWORK -> removeDeclaration(parts, "networks", n.name(), model.networks().containsKey(n.name()) ? model.networks().get(n.name()).location() : null);
                case VOLUME -> removeDeclaration(parts, "volumes", n.name(), model.volumes().containsKey(n.name()) ? model.volumes().get(n.name()).location() : null);
                case SECRET -> removeDeclaration(parts, "secrets", n.name(), model.secrets().containsKey(n.name()) ? model.secrets().get(n.name()).location() : null);
                case CONFIG -> removeDeclaration(parts, "configs", n.name(), model.configs().containsKey(n.name()) ? model.configs().get(n.name()).location() : null);
                default -> {
                }
            }
        }
        for (String service : services) {
            parts.add(new RemoveServiceCommand(serviceDocument(service), service));
        }
        Map<String, Position> forget = new HashMap<>();
        ids.forEach(id -> forget.put(id, null));
        parts.add(new MoveNodesCommand(canvas.layout, forget, "Forget positions"));
        String description;
        if (ids.size() == 1) {
            GraphNode n = canvas.nodeViews.get(ids.iterator().next()).node();
            description = "Delete " + NodeView.kindLabel(n.kind()) + " " + n.name();
        } else {
            description = "Delete " + ids.size() + " elements";
        }
        if (!session.execute(new CompoundCommand(description, parts))) {
            canvas.showHint(session.statusProperty().get());
        }
    }

    /** Removes the top-level declaration, in the file that declares it; implicit ones (default) have none. */
    private void removeDeclaration(List<Command> parts, String section, String name, SourceLocation declared) {
        if (declared == null) {
            return;
        }
        boolean open = session.documents().stream().anyMatch(d -> d.name().equals(declared.file()));
        parts.add(new RemoveTopLevelCommand(open ? declared.file() : session.primaryDocument(), section, name));
    }

    private String serviceDocument(String service) {
        try {
            return EditTarget.forService(session.snapshot().project(), service);
        } catch (EditException e) {
            return session.primaryDocument();
        }
    }

    // ---- copy, paste, rename ----------------------------------------------------------------------

    void copy() {
        List<Copied> copied = new ArrayList<>();
        for (String id : canvas.selectedIds()) {
            NodeView view = canvas.nodeViews.get(id);
            if (view == null || view.kind() != NodeKind.SERVICE) {
                continue;
            }
            String name = view.node().name();
            Optional<org.stackcanvas.document.YMap> definition =
                    ComposeEditor.service(session.document(serviceDocument(name)), name);
            if (definition.isPresent() && BlockWriter.plain(definition.get()) instanceof Map<?, ?> plain) {
                @SuppressWarnings("unchecked")
                Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) plain);
                body.remove("container_name"); // two containers cannot share a name
                NodeBox box = canvas.boxes.get(id);
                copied.add(new Copied(name, body, new Position(box.x(), box.y())));
            }
        }
        if (copied.isEmpty()) {
            canvas.showHint("Select one or more services to copy");
            return;
        }
        clipboard.clear();
        clipboard.addAll(copied);
        pasteCount = 0;
        session.setStatus("Copied " + copied.size() + (copied.size() == 1 ? " service" : " services"));
    }

    void paste() {
        if (clipboard.isEmpty()) {
            canvas.showHint("Nothing to paste: copy services first");
            return;
        }
        pasteCount++;
        Set<String> taken = new HashSet<>(session.snapshot().model().services().keySet());
        List<Command> parts = new ArrayList<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        String doc = session.primaryDocument();
        for (Copied c : clipboard) {
            String name = unique(c.name().replaceFirst("-\\d+$", ""), taken);
            taken.add(name);
            parts.add(new AddTopLevelCommand(doc, "services", name, c.body()));
            positions.put(NodeKind.SERVICE.id(name),
                    new Position(c.position().x() + 40 * pasteCount, c.position().y() + 40 * pasteCount));
        }
        parts.add(new MoveNodesCommand(canvas.layout, positions));
        String description = clipboard.size() == 1 ? "Paste service " + clipboard.get(0).name()
                : "Paste " + clipboard.size() + " services";
        if (session.execute(new CompoundCommand(description, parts))) {
            canvas.select(positions.keySet());
        } else {
            canvas.showHint(session.statusProperty().get());
        }
    }

    void rename(String nodeId, String oldName, String newName) {
        if (newName.isEmpty() || newName.equals(oldName)) {
            return;
        }
        NodeBox box = canvas.boxes.get(nodeId);
        String newId = NodeKind.SERVICE.id(newName);
        Map<String, Position> moves = new HashMap<>();
        moves.put(nodeId, null);
        moves.put(newId, new Position(box.x(), box.y()));
        Command rename = new CompoundCommand("Rename service " + oldName + " to " + newName, List.of(
                new RenameServiceCommand(serviceDocument(oldName), oldName, newName),
                new MoveNodesCommand(canvas.layout, moves)));
        if (session.execute(rename)) {
            canvas.select(List.of(newId));
        } else {
            canvas.showHint(session.statusProperty().get());
        }
    }

    // ---- names ------------------------------------------------------------------------------------

    /** {@code base-1}, {@code base-2}, ...: the first free one. */
    static String numbered(String base, Set<String> taken) {
        int i = 1;
        while (taken.contains(base + "-" + i)) {
            i++;
        }
        return base + "-" + i;
    }

    /** {@code base} when free, else {@code base-2}, {@code base-3}, ... */
    static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        int i = 2;
        while (taken.contains(base + "-" + i)) {
            i++;
        }
        return base + "-" + i;
    }
}

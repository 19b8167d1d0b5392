package org.stackcanvas.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.model.Dependency;
import org.stackcanvas.model.EnvFile;
import org.stackcanvas.model.FileReference;
import org.stackcanvas.model.PortMapping;
import org.stackcanvas.model.Service;
import org.stackcanvas.model.ServiceNetwork;
import org.stackcanvas.model.ServiceVolume;

/**
 * The project as a graph: services, networks, named volumes, bind-mounted host paths, env files,
 * secrets and configs as nodes; a service's use of each as a wire. Derived from the model, so the
 * canvas and the exported diagrams always agree. Order is the file's order, so layouts are stable.
 */
public record StackGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public StackGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public static StackGraph of(ComposeModel model) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (Service service : model.services().values()) {
            String image = service.image().orElse(service.build().isPresent() ? "build" : "");
            nodes.put(NodeKind.SERVICE.id(service.name()), new GraphNode(NodeKind.SERVICE.id(service.name()),
                    NodeKind.SERVICE, service.name(), image, ports(service), IconCatalog.forImage(image + " " + service.name()),
                    service.profiles(), service.location()));
        }
        model.networks().forEach((name, n) -> add(nodes, NodeKind.NETWORK, name, "", n.location()));
        model.volumes().forEach((name, v) -> add(nodes, NodeKind.VOLUME, name, "", v.location()));
        model.secrets().forEach((name, s) -> add(nodes, NodeKind.SECRET, name, "", s.location()));
        model.configs().forEach((name, c) -> add(nodes, NodeKind.CONFIG, name, "", c.location()));
        for (Service service : model.services().values()) {
            String from = NodeKind.SERVICE.id(service.name());
            networks(service, model).forEach(net -> {
                add(nodes, NodeKind.NETWORK, net.name(), "", net.location());
                edges.add(edge(EdgeKind.NETWORK, from, NodeKind.NETWORK.id(net.name()), ""));
            });
            for (ServiceVolume mount : service.volumes()) {
                if (mount.source().isEmpty()) {
                    continue;
                }
                NodeKind kind = mount.type() == ServiceVolume.MountType.BIND ? NodeKind.BIND_MOUNT
                        : mount.type() == ServiceVolume.MountType.VOLUME ? NodeKind.VOLUME : null;
                if (kind != null) {
                    add(nodes, kind, mount.source().get(), "", mount.location());
                    edges.add(edge(kind == NodeKind.VOLUME ? EdgeKind.VOLUME : EdgeKind.BIND_MOUNT, from,
                            kind.id(mount.source().get()), mount.target()));
                }
            }
            for (EnvFile envFile : service.envFiles()) {
                add(nodes, NodeKind.ENV_FILE, envFile.path(), "", envFile.location());
                edges.add(edge(EdgeKind.ENV_FILE, from, NodeKind.ENV_FILE.id(envFile.path()), ""));
            }
            for (FileReference secret : service.secrets()) {
                add(nodes, NodeKind.SECRET, secret.source(), "", secret.location());
                edges.add(edge(EdgeKind.SECRET, from, NodeKind.SECRET.id(secret.source()), ""));
            }
            for (FileReference config : service.configs()) {
                add(nodes, NodeKind.CONFIG, config.source(), "", config.location());
                edges.add(edge(EdgeKind.CONFIG, from, NodeKind.CONFIG.id(config.source()), ""));
            }
            for (Dependency dependency : service.dependsOn()) {
                if (model.services().containsKey(dependency.service())) {
                    edges.add(edge(EdgeKind.DEPENDS_ON, from, NodeKind.SERVICE.id(dependency.service()),
                            dependency.condition()));
                }
            }
        }
        return new StackGraph(new ArrayList<>(nodes.values()), edges);
    }

    /** A service without networks (and without network_mode) is on the project's default network. */
    private static List<ServiceNetwork> networks(Service service, ComposeModel model) {
        if (!service.networks().isEmpty() || service.networkMode().isPresent()) {
            return service.networks();
        }
        return model.networks().containsKey("default") ? List.of(defaultNetwork(service)) : List.of();
    }

    private static ServiceNetwork defaultNetwork(Service service) {
        return new ServiceNetwork("default", List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Map.of(), Optional.empty(), Optional.empty(), Map.of(), service.location());
    }

    private static List<String> ports(Service service) {
        List<String> badges = new ArrayList<>();
        for (PortMapping port : service.ports()) {
            badges.add(port.published().map(p -> p + ":").orElse("") + port.target()
                    + (port.protocol().equals("tcp") ? "" : "/" + port.protocol()));
        }
        return badges;
    }

    private static void add(Map<String, GraphNode> nodes, NodeKind kind, String name, String subtitle,
            SourceLocation location) {
        nodes.putIfAbsent(kind.id(name), new GraphNode(kind.id(name), kind, name, subtitle, List.of(),
                IconCatalog.forKind(kind), List.of(), location));
    }

    private static GraphEdge edge(EdgeKind kind, String from, String to, String label) {
        return new GraphEdge(kind.name().toLowerCase() + ":" + from + "->" + to + (label.isEmpty() ? "" : "@" + label),
                kind, from, to, label);
    }
}

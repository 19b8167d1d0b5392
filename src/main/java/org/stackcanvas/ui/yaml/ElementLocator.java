package org.stackcanvas.ui.yaml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.ui.session.ElementRef;
import org.stackcanvas.ui.session.ProjectSnapshot;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Which element's definition holds a given line of a file: the model gives each element's key
 * line, the document's node tree gives how far its value reaches. Used to turn a caret or a problem
 * location into a selection.
 */
public final class ElementLocator {

    /** One element definition in a file, lines 1-based and inclusive. */
    public record Definition(ElementRef ref, int firstLine, int lastLine) {
        public boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    private static final Set<String> SECTIONS = Set.of("services", "networks", "volumes", "secrets", "configs");

    private ProjectSnapshot cachedSnapshot;
    private ComposeDocument cachedDocument;
    private List<Definition> cached = List.of();

    /** The element whose definition contains {@code location}'s line, if any. */
    public Optional<ElementRef> elementAt(ProjectSnapshot snapshot, SourceLocation location) {
        Objects.requireNonNull(location, "location");
        if (!location.isKnown()) {
            return Optional.empty();
        }
        return snapshot.project().document(location.file())
                .flatMap(doc -> definitions(snapshot, doc).stream()
                        .filter(d -> d.contains(location.line()))
                        .map(Definition::ref)
                        .findFirst());
    }

    /** Every element defined in {@code doc}, in file order. */
    public List<Definition> definitions(ProjectSnapshot snapshot, ComposeDocument doc) {
        if (snapshot == cachedSnapshot && doc == cachedDocument) {
            return cached;
        }
        Map<Integer, Integer> extents = extents(doc);
        List<Definition> result = new ArrayList<>();
        addAll(result, snapshot, doc, extents, ElementRef.Kind.SERVICE, snapshot.model().services().keySet());
        addAll(result, snapshot, doc, extents, ElementRef.Kind.NETWORK, snapshot.model().networks().keySet());
        addAll(result, snapshot, doc, extents, ElementRef.Kind.VOLUME, snapshot.model().volumes().keySet());
        addAll(result, snapshot, doc, extents, ElementRef.Kind.SECRET, snapshot.model().secrets().keySet());
        addAll(result, snapshot, doc, extents, ElementRef.Kind.CONFIG, snapshot.model().configs().keySet());
        result.sort((a, b) -> Integer.compare(a.firstLine(), b.firstLine()));
        cachedSnapshot = snapshot;
        cachedDocument = doc;
        cached = List.copyOf(result);
        return cached;
    }

    private static void addAll(List<Definition> out, ProjectSnapshot snapshot, ComposeDocument doc,
            Map<Integer, Integer> extents, ElementRef.Kind kind, Set<String> names) {
        for (String name : names) {
            ElementRef ref = new ElementRef(kind, name);
            snapshot.locationOf(ref)
                    .filter(loc -> loc.isKnown() && loc.file().equals(doc.name()))
                    .ifPresent(loc -> out.add(new Definition(ref, loc.line(),
                            Math.max(loc.line(), extents.getOrDefault(loc.line(), loc.line())))));
        }
    }

    /** Key line to last line of its value, for every entry of the top-level element sections. */
    private static Map<Integer, Integer> extents(ComposeDocument doc) {
        Map<Integer, Integer> extents = new HashMap<>();
        if (doc.root().orElse(null) instanceof MappingNode root) {
            for (NodeTuple section : root.getValue()) {
                if (section.getKeyNode() instanceof ScalarNode key && SECTIONS.contains(key.getValue())
                        && section.getValueNode() instanceof MappingNode entries
                        && entries.getStartMark().getIndex() > key.getStartMark().getIndex()) {
                    for (NodeTuple entry : entries.getValue()) {
                        int keyLine = entry.getKeyNode().getStartMark().getLine() + 1;
                        extents.put(keyLine, lastLine(entry) + 1);
                    }
                }
            }
        }
        return extents;
    }

    /** 0-based last line with text of a map entry; values reached through an alias end at the key. */
    private static int lastLine(NodeTuple entry) {
        Node key = entry.getKeyNode();
        Node value = entry.getValueNode();
        int keyEnd = endLine(key);
        if (value.getStartMark() == null || value.getStartMark().getIndex() < key.getStartMark().getIndex()) {
            return keyEnd;
        }
        return Math.max(keyEnd, lastLine(value, 0));
    }

    private static int lastLine(Node node, int depth) {
        if (node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.BLOCK
                && depth < 100) {
            if (node instanceof MappingNode map && !map.getValue().isEmpty()) {
                NodeTuple last = map.getValue().get(map.getValue().size() - 1);
                return lastLine(last);
            }
            if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                Node last = seq.getValue().get(seq.getValue().size() - 1);
                if (last.getStartMark().getIndex() < node.getStartMark().getIndex()) {
                    return node.getStartMark().getLine();
                }
                return lastLine(last, depth + 1);
            }
            return node.getStartMark().getLine();
        }
        return endLine(node);
    }

    /** A block scalar's end mark sits at the start of the line after it. */
    private static int endLine(Node node) {
        int line = node.getEndMark().getLine();
        if (node.getEndMark().getColumn() == 0 && line > node.getStartMark().getLine()) {
            line--;
        }
        return line;
    }
}

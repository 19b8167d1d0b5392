package org.stackcanvas.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the parser's node graph into a {@link YValue} tree: aliases expanded, merge keys applied,
 * duplicate keys refused, tags checked. An anchored node is converted once and shared, so memory
 * stays small, but its expanded size is counted at every use so that later walks over the tree
 * stay bounded too.
 */
final class TreeBuilder {

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> ALLOWED_STANDARD_TAGS =
            Set.of("str", "int", "float", "bool", "null", "map", "seq", "merge", "binary", "timestamp");
    private static final Resolver YAML11 = new Resolver();

    // Keys and many values repeat in every service; their regular-expression checks need run once
    // per distinct text (a third of building the tree at 1000 services otherwise).
    private final Map<String, YScalar.Kind> plainKinds = new HashMap<>();
    private final Map<String, Boolean> resolvesToString = new HashMap<>();
    private final String name;
    private final ParseLimits limits;
    private final Map<Node, YValue> built = new IdentityHashMap<>();
    private final Map<Node, Long> sizes = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private long expanded;

    TreeBuilder(String name, ParseLimits limits) {
        this.name = name;
        this.limits = limits;
    }

    YValue build(Node root) throws DocumentException {
        return value(root);
    }

    private SourceLocation at(Node node) {
        return new SourceLocation(name, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    private YValue value(Node node) throws DocumentException {
        YValue done = built.get(node);
        if (done != null) {
            count(node, sizes.get(node));
            return done;
        }
        if (!inProgress.add(node)) {
            throw new DocumentException(at(node), "recursive alias: "
                    + (node.getAnchor() == null ? "a value" : "'&" + node.getAnchor() + "'")
                    + " contains an alias to itself; Compose cannot load that");
        }
        long before = expanded;
        YValue result = switch (node.getNodeId()) {
            case scalar -> scalar((ScalarNode) node);
            case sequence -> sequence((SequenceNode) node);
            case mapping -> mapping((MappingNode) node);
            default -> throw new DocumentException(at(node), "unsupported YAML node");
        };
        inProgress.remove(node);
        count(node, 1);
        built.put(node, result);
        sizes.put(node, expanded - before);
        return result;
    }

    private void count(Node node, long size) throws DocumentException {
        expanded += size;
        if (expanded > limits.maxExpandedValues()) {
            throw new DocumentException(at(node), "aliases expand to more than " + limits.maxExpandedValues()
                    + " values (a \"billion laughs\" file?); use fewer nested aliases");
        }
    }

    private YTag tagOf(Node node) throws DocumentException {
        Tag tag = node.getTag();
        String value = tag.getValue();
        if (value.equals("!reset")) {
            return YTag.RESET;
        }
        if (value.equals("!override")) {
            return YTag.OVERRIDE;
        }
        if (value.startsWith(YAML_TAG_PREFIX) && ALLOWED_STANDARD_TAGS.contains(value.substring(YAML_TAG_PREFIX.length()))) {
            return YTag.NONE;
        }
        String shown = value.startsWith(YAML_TAG_PREFIX) ? "!!" + value.substring(YAML_TAG_PREFIX.length()) : value;
        throw new DocumentException(at(node), "unsupported tag " + shown
                + "; compose files only use the tags !reset and !override");
    }

    private YValue scalar(ScalarNode node) throws DocumentException {
        YTag tag = tagOf(node);
        SourceLocation loc = at(node);
        String text = node.getValue();
        YScalar.Kind kind;
        if (!node.isPlain()) {
            kind = YScalar.Kind.STRING;
        } else if (tag == YTag.NONE && node.getTag().equals(Tag.STR)
                && !resolvesToString.computeIfAbsent(text, t -> YAML11.resolve(NodeId.scalar, t, true).equals(Tag.STR))) {
            kind = YScalar.Kind.STRING; // an explicit !!str
        } else {
            kind = plainKinds.computeIfAbsent(text, YScalar::kindOfPlain);
        }
        return new YScalar(text, kind, loc, tag);
    }

    private YValue sequence(SequenceNode node) throws DocumentException {
        YTag tag = tagOf(node);
        List<YValue> items = new ArrayList<>(node.getValue().size());
        for (Node item : node.getValue()) {
            items.add(value(item));
        }
        return new YList(items, at(node), tag);
    }

    private YValue mapping(MappingNode node) throws DocumentException {
        YTag tag = tagOf(node);
        Set<String> localKeys = new HashSet<>();
        Map<String, SourceLocation> firstSeen = new HashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            // A second merge key is a duplicate too (Compose's YAML reader says so); a key that
            // only repeats a merged one is an override, checked by neither.
            String text = isMergeKey(key) ? "<<" : keyText(key);
            SourceLocation prior = firstSeen.putIfAbsent(text, at(key));
            if (prior != null) {
                throw new DocumentException(at(key), "duplicate key '" + text + "' (first at line "
                        + prior.line() + "); Compose refuses duplicate keys: remove or rename one");
            }
            if (!isMergeKey(key)) {
                localKeys.add(text);
            }
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (isMergeKey(key)) {
                for (YMap source : mergeSources(tuple.getValueNode())) {
                    for (YMap.Entry inherited : source.entryList()) {
                        if (!localKeys.contains(inherited.key())) {
                            entries.putIfAbsent(inherited.key(), inherited);
                        }
                    }
                }
            } else {
                String text = keyText(key);
                entries.put(text, new YMap.Entry(text, at(key), value(tuple.getValueNode())));
            }
        }
        return new YMap(entries, at(node), tag);
    }

    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode s && s.getTag().equals(Tag.MERGE) && s.getValue().equals("<<");
    }

    /**
     * Compose keeps only string keys ("Non-string key" otherwise): {@code 80: x}, {@code true: x}
     * and an empty key are refused here, where the location is known.
     */
    private String keyText(Node key) throws DocumentException {
        if (key instanceof ScalarNode s) {
            YScalar scalar = (YScalar) scalar(s);
            if (scalar.kind() != YScalar.Kind.STRING) {
                String shown = scalar.describeKind() + " (" + (s.getValue().isEmpty() ? "an empty key" : s.getValue()) + ")";
                throw new DocumentException(at(key), "a mapping key must be a string, not " + shown
                        + "; put the key in quotes if it is meant as text");
            }
            return s.getValue();
        }
        throw new DocumentException(at(key), "a mapping key must be a plain string, not "
                + (key.getNodeId() == NodeId.mapping ? "a mapping" : "a list"));
    }

    /** {@code <<: *a} or {@code <<: [*a, *b]}; with a list, earlier mappings win. */
    private List<YMap> mergeSources(Node value) throws DocumentException {
        List<YMap> sources = new ArrayList<>();
        if (value instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                sources.add(mergeSource(item));
            }
        } else {
            sources.add(mergeSource(value));
        }
        return sources;
    }

    private YMap mergeSource(Node node) throws DocumentException {
        YValue v = value(node);
        if (v instanceof YMap m) {
            return m;
        }
        throw new DocumentException(at(node), "a merge key (<<) takes a mapping or a list of mappings, not "
                + v.describeKind());
    }
}

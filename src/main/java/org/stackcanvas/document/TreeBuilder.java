package org.stackcanvas.document;

import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Set<String> ALLOWED_FULL_TAGS = ALLOWED_STANDARD_TAGS.stream()
            .map(t -> YAML_TAG_PREFIX + t).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Resolver YAML11 = new Resolver();

    // Keys and many values repeat in every service; their regular-expression checks need run once
    // per distinct text (a third of building the tree at 1000 services otherwise).
    private final Map<String, YScalar.Kind> plainKinds = new HashMap<>();
    private final Map<String, YScalar.Kind> plainStringKinds = new HashMap<>();
    private final Map<String, String> keyTexts = new HashMap<>();
    private final String name;
    private final ParseLimits limits;
    // Only an anchored node can be reached twice (through an alias) or contain itself, so only
    // those are remembered: most nodes have no anchor, and keeping every node costs a third of
    // building the tree.
    private final Map<Node, Built> built = new IdentityHashMap<>();
    private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private long expanded;

    /** An anchored node's value and how many values it expands to. */
    private record Built(YValue value, long size) {
    }

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
        if (node.getAnchor() == null) {
            YValue result = convert(node);
            count(node, 1);
            return result;
        }
        Built done = built.get(node);
        if (done != null) {
            count(node, done.size());
            return done.value();
        }
        if (!inProgress.add(node)) {
            throw new DocumentException(at(node), "recursive alias: '&" + node.getAnchor()
                    + "' contains an alias to itself; Compose cannot load that");
        }
        long before = expanded;
        YValue result = convert(node);
        inProgress.remove(node);
        count(node, 1);
        built.put(node, new Built(result, expanded - before));
        return result;
    }

    private YValue convert(Node node) throws DocumentException {
        return switch (node.getNodeId()) {
            case scalar -> scalar((ScalarNode) node);
            case sequence -> sequence((SequenceNode) node);
            case mapping -> mapping((MappingNode) node);
            default -> throw new DocumentException(at(node), "unsupported YAML node");
        };
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
        if (tag == Tag.STR || tag == Tag.MAP || tag == Tag.SEQ || tag == Tag.INT || tag == Tag.NULL
                || tag == Tag.BOOL || tag == Tag.FLOAT || tag == Tag.MERGE) {
            return YTag.NONE; // the resolver's own tags, the usual case
        }
        String value = tag.getValue();
        if (value.equals("!reset")) {
            return YTag.RESET;
        }
        if (value.equals("!override")) {
            return YTag.OVERRIDE;
        }
        if (ALLOWED_FULL_TAGS.contains(value)) {
            return YTag.NONE;
        }
        String shown = value.startsWith(YAML_TAG_PREFIX) ? "!!" + value.substring(YAML_TAG_PREFIX.length()) : value;
        throw new DocumentException(at(node), "unsupported tag " + shown
                + "; compose files only use the tags !reset and !override");
    }

    private YValue scalar(ScalarNode node) throws DocumentException {
        YTag tag = tagOf(node);
        return new YScalar(node.getValue(), kindOf(node, tag), at(node), tag);
    }

    private YScalar.Kind kindOf(ScalarNode node, YTag tag) {
        if (!node.isPlain()) {
            return YScalar.Kind.STRING;
        }
        String text = node.getValue();
        if (tag == YTag.NONE && node.getTag().equals(Tag.STR)) {
            if (surelyText(text)) {
                return YScalar.Kind.STRING;
            }
            // An explicit !!str on text the resolver reads as something else is a string.
            return plainStringKinds.computeIfAbsent(text, t -> YAML11.resolve(NodeId.scalar, t, true).equals(Tag.STR)
                    ? YScalar.kindOfPlain(t) : YScalar.Kind.STRING);
        }
        return plainKinds.computeIfAbsent(text, YScalar::kindOfPlain);
    }

    /**
     * Whether plain text is a string in the YAML 1.2 core schema by its first character alone: null,
     * booleans and numbers all start with one of {@code ~nNtTfF.+-} or a digit, or are empty.
     */
    private static boolean surelyText(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return !(c >= '0' && c <= '9') && "~nNtTfF.+-".indexOf(c) < 0;
    }

    private YValue sequence(SequenceNode node) throws DocumentException {
        YTag tag = tagOf(node);
        List<Node> nodes = node.getValue();
        YValue[] items = new YValue[nodes.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = value(nodes.get(i));
        }
        return new YList(List.of(items), at(node), tag);
    }

    private YValue mapping(MappingNode node) throws DocumentException {
        YTag tag = tagOf(node);
        List<NodeTuple> tuples = node.getValue();
        int size = tuples.size();
        // texts: each key's text, "<<" for a merge key; keys: the same, null for a merge key.
        String[] texts = new String[size];
        String[] keys = new String[size];
        KeyIndex seen = new KeyIndex(texts, size);
        boolean merges = false;
        for (int i = 0; i < size; i++) {
            Node key = tuples.get(i).getKeyNode();
            // A second merge key is a duplicate too (Compose's YAML reader says so); a key that
            // only repeats a merged one is an override, checked by neither.
            boolean merge = isMergeKey(key);
            String text = merge ? "<<" : keyText(key);
            int prior = seen.add(text, i);
            if (prior >= 0) {
                throw new DocumentException(at(key), "duplicate key '" + text + "' (first at line "
                        + at(tuples.get(prior).getKeyNode()).line() + "); Compose refuses duplicate keys: remove or rename one");
            }
            keys[i] = merge ? null : text;
            merges |= merge;
        }
        if (!merges) {
            YMap.Entry[] entries = new YMap.Entry[size];
            for (int i = 0; i < size; i++) {
                NodeTuple tuple = tuples.get(i);
                entries[i] = new YMap.Entry(keys[i], at(tuple.getKeyNode()), value(tuple.getValueNode()));
            }
            return YMap.owning(keys, entries, size, at(node), tag);
        }
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            NodeTuple tuple = tuples.get(i);
            if (keys[i] == null) {
                for (YMap source : mergeSources(tuple.getValueNode())) {
                    for (YMap.Entry inherited : source.entryList()) {
                        int local = seen.indexOf(inherited.key());
                        if (local < 0 || keys[local] == null) {
                            entries.putIfAbsent(inherited.key(), inherited);
                        }
                    }
                }
            } else {
                entries.put(keys[i], new YMap.Entry(keys[i], at(tuple.getKeyNode()), value(tuple.getValueNode())));
            }
        }
        return new YMap(entries, at(node), tag);
    }

    /** Where each key text of one mapping is: a scan for the few keys most mappings have, a hash map beyond. */
    private static final class KeyIndex {
        private static final int SCANNED = 8;
        private final String[] texts;
        private final Map<String, Integer> positions;
        private int count;

        KeyIndex(String[] texts, int size) {
            this.texts = texts;
            this.positions = size > SCANNED ? new HashMap<>((int) (size / 0.75f) + 1) : null;
        }

        /** Records {@code text} at {@code position}; returns where it was already, or -1. */
        int add(String text, int position) {
            int prior = indexOf(text);
            if (prior < 0) {
                texts[position] = text;
                count++;
                if (positions != null) {
                    positions.put(text, position);
                }
            }
            return prior;
        }

        int indexOf(String text) {
            if (positions != null) {
                Integer at = positions.get(text);
                return at == null ? -1 : at;
            }
            for (int i = 0; i < count; i++) {
                if (texts[i].equals(text)) {
                    return i;
                }
            }
            return -1;
        }
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
            YScalar.Kind kind = kindOf(s, tagOf(s));
            if (kind != YScalar.Kind.STRING) {
                YScalar scalar = new YScalar(s.getValue(), kind, at(key), YTag.NONE);
                String shown = scalar.describeKind() + " (" + (s.getValue().isEmpty() ? "an empty key" : s.getValue()) + ")";
                throw new DocumentException(at(key), "a mapping key must be a string, not " + shown
                        + "; put the key in quotes if it is meant as text");
            }
            // One String per distinct key: keys repeat in every service, and later passes look them
            // up by hash again and again.
            String text = s.getValue();
            String known = keyTexts.putIfAbsent(text, text);
            return known == null ? text : known;
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

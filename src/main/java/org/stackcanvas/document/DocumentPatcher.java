package org.stackcanvas.document;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Minimal text edits on a document. Each operation changes only the characters it must (a value,
 * the lines of an entry or item), writes new lines in the file's own indentation and line endings,
 * and returns a new, re-parsed document. Paths are lists of mapping keys ({@link String}) and list
 * indexes ({@link Integer}) over the nodes as written: merge keys are not followed, and a path that
 * passes through an alias is refused (see {@link NodeFinder#isLocal}) so an edit never changes an
 * anchor's other users by accident.
 */
public final class DocumentPatcher {

    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("found undefined alias (\\S+)");
    private final DocumentParser parser;

    public DocumentPatcher(DocumentParser parser) {
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** Sets {@code key} in the mapping at {@code mapPath} to {@code value}, adding it if absent. */
    public ComposeDocument set(ComposeDocument doc, List<Object> mapPath, String key, Object value) throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        Node target = finder.require(mapPath);
        if (!(target instanceof MappingNode map)) {
            return setNonMapping(doc, finder, mapPath, key, value);
        }
        NodeTuple tuple = NodeFinder.tuple(map, key);
        if (tuple == null) {
            return insertEntry(doc, finder.spans(), map, key, value);
        }
        return replaceValue(doc, finder.spans(), tuple, value);
    }

    /** Removes {@code key} (and its value's lines) from the mapping at {@code mapPath}; absent is a no-op. */
    public ComposeDocument remove(ComposeDocument doc, List<Object> mapPath, String key) throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        if (!(finder.require(mapPath) instanceof MappingNode map)) {
            return doc;
        }
        NodeTuple tuple = NodeFinder.tuple(map, key);
        if (tuple == null) {
            return doc;
        }
        TextSpans spans = finder.spans();
        int index = map.getValue().indexOf(tuple);
        int keyStart = spans.start(tuple.getKeyNode());
        int valueEnd = spans.valueSpan(tuple)[1];
        if (map.getFlowStyle() == FlowStyle.FLOW) {
            return removeFlowElement(doc, spans, map.getValue().size(), index, keyStart, valueEnd,
                    index + 1 < map.getValue().size() ? spans.start(map.getValue().get(index + 1).getKeyNode()) : -1,
                    index > 0 ? spans.valueSpan(map.getValue().get(index - 1))[1] : -1);
        }
        if (spans.onlySpacesBefore(keyStart)) {
            return splice(doc, spans.lineStart(keyStart), spans.nextLineStart(valueEnd), "");
        }
        if (index + 1 < map.getValue().size()) {
            // The key shares its line with a list dash ("- key: v"): the next key moves up to the dash.
            return splice(doc, keyStart, spans.start(map.getValue().get(index + 1).getKeyNode()), "");
        }
        throw new DocumentException(doc.locationOf(tuple.getKeyNode().getStartMark()),
                "cannot remove the only key of a list item; remove the item instead");
    }

    /** Renames a key in place, keeping its quoting. */
    public ComposeDocument renameKey(ComposeDocument doc, List<Object> mapPath, String oldKey, String newKey)
            throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        if (!(finder.require(mapPath) instanceof MappingNode map) || NodeFinder.tuple(map, oldKey) == null) {
            throw new DocumentException(SourceLocation.file(doc.name()), "no key '" + oldKey + "' to rename");
        }
        if (NodeFinder.tuple(map, newKey) != null) {
            throw new DocumentException(doc.locationOf(map.getStartMark()),
                    "'" + newKey + "' already exists; choose another name");
        }
        ScalarNode key = (ScalarNode) NodeFinder.tuple(map, oldKey).getKeyNode();
        return replaceScalarText(doc, finder.spans(), key, newKey, map.getFlowStyle() == FlowStyle.FLOW);
    }

    /** Replaces the scalar at {@code path}, keeping its quote style where the new text allows it. */
    public ComposeDocument setScalar(ComposeDocument doc, List<Object> path, String value) throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        Node node = finder.require(path);
        if (!(node instanceof ScalarNode scalar)) {
            throw new DocumentException(doc.locationOf(node.getStartMark()), "expected a single value here");
        }
        return replaceScalarText(doc, finder.spans(), scalar, value, finder.insideFlow(path));
    }

    /** Appends {@code value} to the list at {@code listPath}. */
    public ComposeDocument append(ComposeDocument doc, List<Object> listPath, Object value) throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        Node node = finder.require(listPath);
        if (!(node instanceof SequenceNode seq)) {
            throw new DocumentException(doc.locationOf(node.getStartMark()), "expected a list here");
        }
        TextSpans spans = finder.spans();
        if (seq.getFlowStyle() == FlowStyle.FLOW) {
            int close = spans.end(seq) - 1;
            String item = BlockWriter.flowItem(value);
            if (seq.getValue().isEmpty()) {
                return splice(doc, close, close, item);
            }
            int at = spans.contentEnd(seq.getValue().get(seq.getValue().size() - 1));
            return splice(doc, at, at, ", " + item);
        }
        int dashColumn = spans.column(spans.start(seq));
        String lines = new BlockWriter(YamlStyle.of(doc)).item(value, dashColumn);
        return insertLinesAfter(doc, spans, spans.contentEnd(seq), dashColumn, lines);
    }

    /** Removes item {@code index} of the list at {@code listPath}. */
    public ComposeDocument removeItem(ComposeDocument doc, List<Object> listPath, int index) throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        if (!(finder.require(listPath) instanceof SequenceNode seq) || index < 0 || index >= seq.getValue().size()) {
            return doc;
        }
        TextSpans spans = finder.spans();
        Node item = seq.getValue().get(index);
        int itemStart = spans.start(item);
        int itemEnd = spans.contentEnd(item);
        if (seq.getFlowStyle() == FlowStyle.FLOW) {
            return removeFlowElement(doc, spans, seq.getValue().size(), index, itemStart, itemEnd,
                    index + 1 < seq.getValue().size() ? spans.start(seq.getValue().get(index + 1)) : -1,
                    index > 0 ? spans.contentEnd(seq.getValue().get(index - 1)) : -1);
        }
        int dash = spans.dashOf(item);
        return splice(doc, spans.lineStart(dash), spans.nextLineStart(itemEnd), "");
    }

    /** Replaces the list item at {@code index} with {@code value}. */
    public ComposeDocument replaceItem(ComposeDocument doc, List<Object> listPath, int index, Object value)
            throws DocumentException {
        NodeFinder finder = new NodeFinder(doc);
        SequenceNode seq = (SequenceNode) finder.require(listPath);
        Node item = seq.getValue().get(index);
        TextSpans spans = finder.spans();
        boolean flow = seq.getFlowStyle() == FlowStyle.FLOW;
        if (item instanceof ScalarNode scalar && BlockWriter.isInline(value) && value instanceof String s) {
            return replaceScalarText(doc, spans, scalar, s, flow);
        }
        if (flow || BlockWriter.isInline(value)) {
            String text = flow ? BlockWriter.flowItem(value) : BlockWriter.flow(value);
            return splice(doc, spans.start(item), spans.contentEnd(item), text);
        }
        int dash = spans.dashOf(item);
        String lines = new BlockWriter(YamlStyle.of(doc)).item(value, spans.column(dash));
        return splice(doc, spans.lineStart(dash), spans.lineEnd(spans.contentEnd(item)), lines);
    }

    private ComposeDocument setNonMapping(ComposeDocument doc, NodeFinder finder, List<Object> mapPath, String key,
            Object value) throws DocumentException {
        Node target = finder.require(mapPath);
        if (!finder.spans().isEmptyScalar(target) && !(target instanceof ScalarNode s && isNullText(s.getValue()))) {
            throw new DocumentException(doc.locationOf(target.getStartMark()),
                    "expected a mapping here, found " + target.getNodeId() + "; fix the file first");
        }
        // An empty value ("services:" with nothing after it): it becomes a mapping holding the key.
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put(key, value);
        if (mapPath.isEmpty()) {
            return appendAtEnd(doc, new BlockWriter(YamlStyle.of(doc)).entry(key, value, 0));
        }
        List<Object> parentPath = mapPath.subList(0, mapPath.size() - 1);
        return set(doc, parentPath, (String) mapPath.get(mapPath.size() - 1), map);
    }

    private static boolean isNullText(String text) {
        return YScalar.kindOfPlain(text) == YScalar.Kind.NULL;
    }

    private ComposeDocument insertEntry(ComposeDocument doc, TextSpans spans, MappingNode map, String key, Object value)
            throws DocumentException {
        if (map.getFlowStyle() == FlowStyle.FLOW) {
            String entry = ScalarWriter.string(key, true) + ": " + flowValue(value);
            if (map.getValue().isEmpty()) {
                int close = spans.end(map) - 1;
                return splice(doc, close, close, entry);
            }
            int at = spans.valueSpan(map.getValue().get(map.getValue().size() - 1))[1];
            return splice(doc, at, at, ", " + entry);
        }
        int column = spans.column(spans.start(map.getValue().get(0).getKeyNode()));
        String lines = new BlockWriter(YamlStyle.of(doc)).entry(key, value, column);
        return insertLinesAfter(doc, spans, spans.contentEnd(map), column, lines);
    }

    private static String flowValue(Object value) {
        return BlockWriter.flowItem(value);
    }

    private ComposeDocument replaceValue(ComposeDocument doc, TextSpans spans, NodeTuple tuple, Object value)
            throws DocumentException {
        Node old = tuple.getValueNode();
        boolean local = !spans.isAliasUse(tuple.getKeyNode(), old);
        boolean flowParent = spans.column(spans.start(tuple.getKeyNode())) >= 0
                && isInFlow(spans, tuple);
        if (local && old instanceof ScalarNode scalar && !spans.isEmptyScalar(scalar) && value instanceof String s) {
            return replaceScalarText(doc, spans, scalar, s, flowParent);
        }
        int[] span = spans.valueSpan(tuple);
        if (local && spans.contentStart(old) > span[0] && spans.contentStart(old) <= span[1]) {
            span[0] = spans.contentStart(old); // keep an anchor or tag written before the value
        }
        if (flowParent || BlockWriter.isInline(value)) {
            String text = flowParent ? flowValue(value) : BlockWriter.flow(value);
            if (local && !flowParent && old instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.BLOCK) {
                return replaceBlockWithInline(doc, spans, tuple, span, text);
            }
            int from = span[0];
            if (span[0] == span[1]) {
                text = text.isEmpty() ? text : " " + text;
            }
            return splice(doc, from, span[1], text);
        }
        int keyColumn = spans.column(spans.start(tuple.getKeyNode()));
        String lines = new BlockWriter(YamlStyle.of(doc)).blockValue(value, keyColumn);
        // Drop the old value and the blanks before it (a block value starts on a later line, so line
        // breaks too), but keep a comment after the key or after an alias on the key's line.
        int from = span[0];
        while (from > 0 && " \t\r\n".indexOf(spans.text().charAt(from - 1)) >= 0) {
            from--;
        }
        String eol = YamlStyle.of(doc).lineEnding();
        String rest = spans.text().substring(span[1], spans.lineEnd(span[1]));
        int lineEnd = spans.lineEnd(span[1]);
        return splice(doc, from, lineEnd, rest.isBlank() ? eol + lines : rest + eol + lines);
    }

    /**
     * A block value below its key becomes an inline value on the key's line, after an anchor or tag
     * written there; a comment on the key's line stays at the end of the line.
     */
    private ComposeDocument replaceBlockWithInline(ComposeDocument doc, TextSpans spans, NodeTuple tuple, int[] span,
            String text) throws DocumentException {
        String source = spans.text();
        int head = spans.afterColon(tuple.getKeyNode());
        int keyLineEnd = spans.lineEnd(head);
        if (span[0] <= keyLineEnd) {
            head = span[0];
            while (head > 0 && (source.charAt(head - 1) == ' ' || source.charAt(head - 1) == '\t')) {
                head--;
            }
        }
        String tail = source.substring(head, keyLineEnd);
        String comment = tail.strip().startsWith("#") ? tail : "";
        return splice(doc, head, span[1], (text.isEmpty() ? "" : " " + text) + comment);
    }

    private static boolean isInFlow(TextSpans spans, NodeTuple tuple) {
        int keyStart = spans.start(tuple.getKeyNode());
        int i = keyStart - 1;
        while (i >= 0 && (spans.text().charAt(i) == ' ')) {
            i--;
        }
        return i >= 0 && (spans.text().charAt(i) == '{' || spans.text().charAt(i) == ',');
    }

    private ComposeDocument replaceScalarText(ComposeDocument doc, TextSpans spans, ScalarNode scalar, String value,
            boolean flow) throws DocumentException {
        int from = spans.contentStart(scalar);
        int to = spans.contentEnd(scalar);
        String text = ScalarWriter.isInline(scalar.getScalarStyle())
                ? ScalarWriter.inStyle(value, scalar.getScalarStyle(), flow)
                : ScalarWriter.string(value, flow);
        return splice(doc, from, to, text);
    }

    private ComposeDocument removeFlowElement(ComposeDocument doc, TextSpans spans, int count, int index, int start,
            int end, int nextStart, int previousEnd) throws DocumentException {
        if (count == 1) {
            return splice(doc, start, end, "");
        }
        if (nextStart >= 0) {
            return splice(doc, start, nextStart, "");
        }
        return splice(doc, previousEnd, end, "");
    }

    /**
     * Inserts lines that start at {@code column} after the content ending at {@code contentEnd}.
     * Comment lines indented deeper than the new lines belong to the value before them (a commented-out
     * list item, say), so the new lines go below those comments.
     */
    private ComposeDocument insertLinesAfter(ComposeDocument doc, TextSpans spans, int contentEnd, int column,
            String lines) throws DocumentException {
        String eol = YamlStyle.of(doc).lineEnding();
        String text = spans.text();
        int at = spans.nextLineStart(contentEnd);
        while (at < text.length() && spans.isCommentIndentedPast(at, column)) {
            at = spans.nextLineStart(at);
        }
        if (at == text.length() && !text.endsWith("\n") && !text.endsWith("\r")) {
            // The last line has no line break: keep the file without a final newline.
            return splice(doc, at, at, eol + lines);
        }
        return splice(doc, at, at, lines + eol);
    }

    private ComposeDocument appendAtEnd(ComposeDocument doc, String lines) throws DocumentException {
        String text = doc.text();
        String eol = YamlStyle.of(doc).lineEnding();
        boolean endsWithBreak = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r");
        return splice(doc, text.length(), text.length(), (endsWithBreak ? "" : eol) + lines + eol);
    }

    /** Replaces {@code [from, to)} and re-parses; an edit that breaks the YAML is a defect, reported as such. */
    public ComposeDocument splice(ComposeDocument doc, int from, int to, String replacement) throws DocumentException {
        String text = doc.text();
        String updated = text.substring(0, from) + replacement + text.substring(to);
        if (updated.equals(text)) {
            return doc;
        }
        try {
            return parser.parse(doc.name(), doc.path().orElse(null), doc.source().withText(updated));
        } catch (DocumentException e) {
            Matcher alias = UNDEFINED_ALIAS.matcher(e.getMessage());
            if (alias.find()) {
                throw anchorStillUsed(doc, alias.group(1), e);
            }
            // The error's position is in text the user never saw: point at the place of the edit.
            throw new DocumentException(doc.source().locate(doc.name(), from), "the edit would make the file invalid ("
                    + e.getMessage() + "); the file was left unchanged", e);
        }
    }

    private static DocumentException anchorStillUsed(ComposeDocument doc, String anchor, DocumentException cause) {
        Matcher use = Pattern.compile("\\*" + Pattern.quote(anchor) + "(?=[\\s,\\]}]|$)").matcher(doc.text());
        SourceLocation at = use.find() ? doc.source().locate(doc.name(), use.start()) : SourceLocation.file(doc.name());
        return new DocumentException(at, "the edit would remove the anchor &" + anchor + ", which is still used here (*"
                + anchor + "); give this place its own value first; the file was left unchanged", cause);
    }
}

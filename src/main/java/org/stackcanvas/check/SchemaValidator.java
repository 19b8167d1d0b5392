package org.stackcanvas.check;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YTag;
import org.stackcanvas.document.YValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks compose files against the Compose Specification JSON schema (shipped as a resource) and
 * maps every error back to the line and column of the value it is about. A file is checked as
 * written (one file, before merging), so each error points into the file that has it. Services are
 * checked one at a time against the schema's service definition, which lets the checker reuse the
 * results of services that did not change.
 */
public final class SchemaValidator {

    public static final String RESOURCE = "org/stackcanvas/check/compose-spec.json";
    static final String RULE_ID = "compose-schema";

    private final Schema root;
    private final Schema service;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public SchemaValidator() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        root = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE));
        service = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#/definitions/service"));
    }

    /**
     * What one file's top level gave last time it was validated. The schema's verdict depends on
     * the JSON alone, so an equal JSON (the usual case after editing inside a service) reuses the
     * errors and only maps them onto the new positions. One per file; not thread-safe.
     */
    public static final class TopLevelMemo {
        private JsonNode json;
        private List<Error> errors;
    }

    /** The file's top level, with each service's body left out (see {@link #checkService}). */
    public List<Finding> checkTopLevel(YValue document) {
        return checkTopLevel(document, new TopLevelMemo());
    }

    /** As {@link #checkTopLevel(YValue)}, validating again only when the top level changed since {@code memo}. */
    public List<Finding> checkTopLevel(YValue document, TopLevelMemo memo) {
        JsonNode json;
        if (document instanceof YMap map && map.get("services") instanceof YMap services) {
            // Each service is validated on its own (and cached); converting them all here again
            // was a fifth of a re-check at 1000 services.
            ObjectNode top = (ObjectNode) toJson(map.without("services"));
            ObjectNode stubs = nodes.objectNode();
            for (String name : services.keys()) {
                stubs.set(name, nodes.objectNode());
            }
            top.set("services", stubs);
            json = top;
        } else {
            json = toJson(document);
        }
        if (memo.json == null || !memo.json.equals(json)) {
            memo.errors = root.validate(json);
            memo.json = json;
        }
        return findings(memo.errors, document, List.of());
    }

    public List<Finding> checkService(String name, YValue value) {
        return findings(service.validate(toJson(value)), value, List.of("services", name));
    }

    private List<Finding> findings(List<Error> errors, YValue validated, List<Object> prefix) {
        // One message per place: the most telling one (oneOf/anyOf repeat what their branches say).
        Map<String, Error> best = new LinkedHashMap<>();
        for (Error e : errors) {
            String key = e.getInstanceLocation() + "|" + Optional.ofNullable(e.getProperty()).orElse("");
            Error known = best.get(key);
            if (known == null || rank(e) < rank(known)) {
                best.put(key, e);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Error e : best.values()) {
            List<Object> path = new ArrayList<>(prefix);
            NodePath at = e.getInstanceLocation();
            for (int i = 0; i < at.getNameCount(); i++) {
                path.add(at.getElement(i));
            }
            YValue node = find(validated, path.subList(prefix.size(), path.size()));
            SourceLocation location = node == null ? validated.location() : node.location();
            if (e.getProperty() != null && node instanceof YMap map && map.has(e.getProperty())) {
                location = map.keyLocation(e.getProperty());
                if ("additionalProperties".equals(e.getKeyword())) {
                    path.add(e.getProperty());
                }
            }
            out.add(new Finding(RULE_ID, Severity.ERROR, message(path, e), location, path, Optional.empty()));
        }
        return out;
    }

    private static int rank(Error e) {
        return switch (String.valueOf(e.getKeyword())) {
            case "additionalProperties", "required", "enum", "const" -> 0;
            case "oneOf", "anyOf" -> 3;
            case "type" -> 2;
            default -> 1;
        };
    }

    private static String message(List<Object> path, Error e) {
        String where = path.isEmpty() ? "the top level" : dotted(path);
        String keyword = String.valueOf(e.getKeyword());
        return switch (keyword) {
            case "additionalProperties" -> dotted(path.subList(0, path.size() - 1)).replaceFirst("^$", "the top level")
                    + ": '" + e.getProperty() + "' is not a Compose attribute here (check the spelling, or "
                    + "prefix it with x- to keep your own data)";
            case "required" -> where + ": '" + e.getProperty() + "' is required";
            default -> where + ": " + stripPath(e.getMessage());
        };
    }

    private static String stripPath(String message) {
        // The validator's messages start with its own "$.a.b: "; we name the place ourselves.
        return message.replaceFirst("^\\$[^ ]*: ", "");
    }

    static String dotted(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.toString();
    }

    private static YValue find(YValue from, List<Object> path) {
        YValue value = from;
        for (Object step : path) {
            if (value instanceof YMap map && step instanceof String key) {
                value = map.get(key);
            } else if (value instanceof YList list && step instanceof Integer i && i < list.size()) {
                value = list.get(i);
            } else {
                return value;
            }
            if (value == null) {
                return null;
            }
        }
        return value;
    }

    JsonNode toJson(YValue value) {
        if (value instanceof YMap map) {
            ObjectNode out = nodes.objectNode();
            for (YMap.Entry e : map.entryList()) {
                // !reset and !override are merge instructions for override files, not values to check.
                if (e.value().tag() == YTag.RESET) {
                    continue;
                }
                out.set(e.key(), toJson(e.value()));
            }
            return out;
        }
        if (value instanceof YList list) {
            ArrayNode out = nodes.arrayNode();
            list.items().stream().filter(v -> v.tag() != YTag.RESET).forEach(v -> out.add(toJson(v)));
            return out;
        }
        YScalar s = (YScalar) value;
        switch (s.kind()) {
            case NULL:
                return nodes.nullNode();
            case BOOL:
                return nodes.booleanNode(s.asBoolean());
            case INT:
                try {
                    String t = s.text().replace("0o", "0");
                    return nodes.numberNode(t.startsWith("0x") || t.startsWith("+0x")
                            ? Long.decode(t) : Long.parseLong(t.startsWith("+") ? t.substring(1) : t, 10));
                } catch (NumberFormatException e) {
                    return nodes.textNode(s.text());
                }
            case FLOAT:
                try {
                    return nodes.numberNode(Double.parseDouble(s.text()));
                } catch (NumberFormatException e) {
                    return nodes.textNode(s.text());
                }
            default:
                return nodes.textNode(s.text());
        }
    }
}

package org.stackcanvas.document;

/**
 * A resolved YAML value: aliases expanded, merge keys ({@code <<}) applied, every value with its
 * source location. This is the plain-data tree that project loading, interpolation and the model
 * work on; the lossless text lives in {@link ComposeDocument}. Values are immutable.
 */
public sealed interface YValue permits YMap, YList, YScalar {

    SourceLocation location();

    YTag tag();

    /** The same value with another tag. */
    YValue withTag(YTag tag);

    default boolean isNull() {
        return this instanceof YScalar s && s.kind() == YScalar.Kind.NULL;
    }

    /**
     * The value at {@code path}: mapping keys ({@link String}) and list indexes ({@link Integer})
     * from this value; empty when a step is missing or of the wrong kind.
     */
    default java.util.Optional<YValue> at(java.util.List<?> path) {
        YValue value = this;
        for (Object step : path) {
            if (value instanceof YMap map && step instanceof String key) {
                value = map.get(key);
            } else if (value instanceof YList list && step instanceof Integer i && i >= 0 && i < list.size()) {
                value = list.get(i);
            } else {
                return java.util.Optional.empty();
            }
            if (value == null) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(value);
    }

    /** A short word for messages: "a mapping", "a list", "a string", ... */
    String describeKind();
}

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

    /** A short word for messages: "a mapping", "a list", "a string", ... */
    String describeKind();
}

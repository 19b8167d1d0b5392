package org.stackcanvas.check;

/** Groups rules in the rule list and the problems panel. */
public enum Category {
    SYNTAX, SCHEMA, REFERENCE, CONFLICT, SECURITY, RELIABILITY, IMAGE, DOCKERFILE, STYLE
}

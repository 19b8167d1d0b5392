package org.stackcanvas.check;

import java.util.List;

/**
 * A rule whose findings the checker itself makes (YAML syntax, the schema, loading), listed so it
 * can be configured, suppressed and described like any other.
 */
public final class EngineRule extends AbstractRule {

    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String EMPTY_FILE = "empty-file";
    public static final String SCHEMA = SchemaValidator.RULE_ID;
    public static final String PROJECT_LOAD = "project-load";

    EngineRule(String id, Category category, String title, String why) {
        super(id, Severity.ERROR, category, title, why);
    }

    @Override
    public List<Finding> check(CheckContext context) {
        return List.of();
    }

    Finding make(String message, org.stackcanvas.document.SourceLocation at) {
        return finding(message, at, List.of());
    }
}

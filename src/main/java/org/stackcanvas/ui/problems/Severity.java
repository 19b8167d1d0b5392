package org.stackcanvas.ui.problems;

/** How bad a problem is; the order is the order of the Problems table (errors first). */
public enum Severity {
    ERROR("error", "errors"),
    WARNING("warning", "warnings"),
    INFO("info", "info");

    private final String singular;
    private final String plural;

    Severity(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** "1 error", "3 warnings". */
    public String count(long n) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

package org.stackcanvas.model;

/** A port or an inclusive range of ports, such as {@code 8080} or {@code 8000-8005}. */
public record PortRange(int start, int end) {

    public PortRange {
        if (start < 0 || end > 65535 || end < start) {
            throw new IllegalArgumentException("bad port range " + start + "-" + end);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    /** Reads {@code 80} or {@code 8000-8005} as Docker does (ports 0 to 65535, end not below start). */
    public static Parsed<PortRange> parse(String text) {
        if (text.isEmpty()) {
            return Parsed.error("the port is empty");
        }
        int dash = text.indexOf('-');
        Parsed<Integer> start = port(dash < 0 ? text : text.substring(0, dash));
        if (!start.isOk()) {
            return Parsed.error(start.errorMessage());
        }
        if (dash < 0) {
            return Parsed.ok(single(start.get()));
        }
        Parsed<Integer> end = port(text.substring(dash + 1));
        if (!end.isOk()) {
            return Parsed.error(end.errorMessage());
        }
        if (end.get() < start.get()) {
            return Parsed.error("the range " + text + " ends before it starts");
        }
        return Parsed.ok(new PortRange(start.get(), end.get()));
    }

    private static Parsed<Integer> port(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Parsed.error("'" + text + "' is not a port number");
        }
        if (text.length() > 5 || Integer.parseInt(text) > 65535) {
            return Parsed.error(text + " is above the highest port, 65535");
        }
        return Parsed.ok(Integer.parseInt(text));
    }

    public boolean isSingle() {
        return start == end;
    }

    public int size() {
        return end - start + 1;
    }

    @Override
    public String toString() {
        return isSingle() ? String.valueOf(start) : start + "-" + end;
    }
}

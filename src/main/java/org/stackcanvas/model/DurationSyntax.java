package org.stackcanvas.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;

/**
 * Go durations as Compose reads them ({@code 1m30s}, {@code 1.5h}, {@code 300ms}): Go's
 * {@code time.ParseDuration} plus the {@code d} and {@code w} units compose-go accepts.
 * A plain number is not a duration (except {@code 0}): Go asks for a unit, and so do we.
 */
public final class DurationSyntax {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "\u00b5s", 1_000L,
            "\u03bcs", 1_000L,
            "ms", 1_000_000L,
            "s", NANOS_PER_SECOND,
            "m", 60 * NANOS_PER_SECOND,
            "h", 3600 * NANOS_PER_SECOND,
            "d", 24 * 3600 * NANOS_PER_SECOND,
            "w", 7 * 24 * 3600 * NANOS_PER_SECOND);
    private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

    private DurationSyntax() {
    }

    public static Parsed<Duration> parse(String text) {
        String s = text.trim();
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Parsed.ok(Duration.ZERO);
        }
        if (s.isEmpty()) {
            return invalid(text, "it is empty");
        }
        BigDecimal total = BigDecimal.ZERO;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
                i++;
            }
            boolean whole = i > start;
            int fractionStart = i;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                fractionStart = i;
                while (i < s.length() && isDigit(s.charAt(i))) {
                    i++;
                }
            }
            if (!whole && i == fractionStart) {
                return invalid(text, "a number is missing");
            }
            BigDecimal number = new BigDecimal(number(s.substring(start, i)));
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (unit.isEmpty()) {
                return invalid(text, "a unit is missing after " + s.substring(start, unitStart)
                        + " (use ns, us, ms, s, m, h, d or w)");
            }
            Long factor = UNITS.get(unit);
            if (factor == null) {
                return invalid(text, "'" + unit + "' is not a unit (use ns, us, ms, s, m, h, d or w)");
            }
            total = total.add(number.multiply(BigDecimal.valueOf(factor)));
        }
        BigInteger nanos = total.toBigInteger();
        if (nanos.compareTo(MAX_NANOS) > 0) {
            return invalid(text, "it is too long");
        }
        return Parsed.ok(Duration.ofNanos(negative ? -nanos.longValue() : nanos.longValue()));
    }

    /** The duration as Go's {@code Duration.String()} prints it: {@code 1h0m0s}, {@code 1m30s}, {@code 1.5s}, {@code 300ms}. */
    public static String format(Duration duration) {
        long total = duration.toNanos();
        if (total == 0) {
            return "0s";
        }
        String sign = total < 0 ? "-" : "";
        long u = Math.abs(total);
        if (u < NANOS_PER_SECOND) {
            if (u < 1_000) {
                return sign + u + "ns";
            }
            if (u < 1_000_000) {
                return sign + fraction(u, 1_000) + "\u00b5s";
            }
            return sign + fraction(u, 1_000_000) + "ms";
        }
        StringBuilder out = new StringBuilder(sign);
        long seconds = u / NANOS_PER_SECOND;
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (seconds >= 60) {
            out.append(minutes).append('m');
        }
        out.append(fraction(seconds % 60 * NANOS_PER_SECOND + u % NANOS_PER_SECOND, NANOS_PER_SECOND));
        return out.append('s').toString();
    }

    private static String fraction(long value, long unit) {
        BigDecimal d = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit));
        return d.stripTrailingZeros().toPlainString();
    }

    private static String number(String digits) {
        String n = digits.startsWith(".") ? "0" + digits : digits;
        return n.endsWith(".") ? n + "0" : n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static <T> Parsed<T> invalid(String text, String why) {
        return Parsed.error("'" + text + "' is not a duration: " + why + "; write it like 1m30s or 500ms");
    }
}

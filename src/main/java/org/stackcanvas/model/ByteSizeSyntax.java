package org.stackcanvas.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory sizes as Docker reads them ({@code docker/go-units RAMInBytes}): a number, an optional
 * space, an optional unit letter k/m/g/t/p (binary, 1024-based) and an optional {@code i}/{@code b}.
 * So {@code 512m}, {@code 1gb}, {@code 1GiB}, {@code 1.5g} and {@code 2048} all work.
 */
public final class ByteSizeSyntax {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?");
    private static final String UNITS = "kmgtp";

    private ByteSizeSyntax() {
    }

    public static Parsed<Long> parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (text.isBlank() || !m.matches()) {
            return Parsed.error("'" + text + "' is not a size; use bytes or a number with a unit, like 512m or 1gb");
        }
        BigDecimal size = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            int power = UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            size = size.multiply(BigDecimal.valueOf(1024).pow(power));
        }
        if (size.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Parsed.error("'" + text + "' is too large a size");
        }
        return Parsed.ok(size.longValue());
    }

    /** The shortest exact way to write a size, for generated YAML ({@code 536870912} becomes {@code 512m}). */
    public static String format(long bytes) {
        long value = bytes;
        int unit = 0;
        while (value != 0 && value % 1024 == 0 && unit < UNITS.length()) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? String.valueOf(bytes) : value + String.valueOf(UNITS.charAt(unit - 1));
    }
}

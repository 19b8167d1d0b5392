package org.stackcanvas.env;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One interpolation run over a text, reproducing compose-go's {@code template} package reference for
 * reference. A run keeps its own state, so an {@link Interpolator} can be shared between threads.
 *
 * <p>compose-go does not parse with a grammar; it finds references with a regular expression whose
 * {@code ${NAME<op>...}} branch runs greedily to the last <code>}</code> on the line, then cuts the match
 * back at the first balanced brace and interpolates the remainder again. We keep that shape on
 * purpose: it decides what happens to a <code>}</code> inside a default, several references on one line,
 * a newline inside braces or a lone {@code $}, and a cleaner grammar would disagree with Compose on
 * exactly those inputs.
 */
final class TemplateEngine {

    private static final String NAME = "[_a-zA-Z][_a-zA-Z0-9]*";

    /**
     * compose-go's pattern. Without {@code (?s)}, {@code .} stops at a newline, as in Go; UNIX_LINES
     * keeps Java from also stopping at {@code \r} and other line separators, which Go does not.
     * The {@code mapping} branch is {@code ${name[key]}}, a named-mapping syntax that Compose's
     * loader does not enable; compose-go then leaves such text as written, and so do we.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\$(?:(?<escaped>\\$)"
                    + "|(?<named>" + NAME + ")"
                    + "|\\{(?:(?<braced>" + NAME + "(?::?[-+?].*)?)\\}"
                    + "|(?<mapping>" + NAME + "\\[.*\\](?::?[-+?}].*)?)\\}"
                    + "|(?<invalid>)))",
            Pattern.UNIX_LINES);

    private final String original;
    private final Function<String, Optional<String>> lookup;
    private final Set<String> unset = new LinkedHashSet<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    /**
     * @param original the text the caller asked about, for error messages
     * @param lookup   variable values; {@code null} for a run that only records names, which never
     *                 looks anything up and never fails
     */
    TemplateEngine(String original, Function<String, Optional<String>> lookup) {
        this.original = original;
        this.lookup = lookup;
    }

    Set<String> unset() {
        return unset;
    }

    Set<String> referenced() {
        return referenced;
    }

    String substitute(String template) throws InterpolationException {
        Matcher matcher = REFERENCE.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        int copied = 0;
        while (matcher.find()) {
            out.append(template, copied, matcher.start()).append(replace(matcher.group()));
            copied = matcher.end();
        }
        return out.append(template, copied, template.length()).toString();
    }

    private String replace(String match) throws InterpolationException {
        int close = firstClosingBrace(match);
        String head = close < 0 ? match : match.substring(0, close + 1);
        String rest = close < 0 ? "" : match.substring(close + 1);

        // The head starts with "$$", "$name" or "${", so the pattern always matches it at 0.
        Matcher groups = REFERENCE.matcher(head);
        if (!groups.lookingAt()) {
            throw new IllegalStateException("reference pattern lost its match: " + head);
        }
        String value;
        if (groups.group("escaped") != null) {
            value = "$";
        } else if (groups.group("named") != null) {
            value = plain(groups.group("named"));
        } else if (groups.group("braced") != null) {
            value = braced(groups.group("braced"));
        } else if (groups.group("mapping") != null) {
            value = head;
        } else {
            invalid();
            value = "";
        }
        return rest.isEmpty() ? value : value + substitute(rest);
    }

    /** {@code $NAME} or {@code ${NAME}}: the value, or "" and a warning when it is not set. */
    private String plain(String name) {
        referenced.add(name);
        if (lookup == null) {
            return "";
        }
        Optional<String> value = lookup.apply(name);
        if (value.isEmpty()) {
            unset.add(name);
        }
        return value.orElse("");
    }

    private String braced(String body) throws InterpolationException {
        int nameEnd = 1;
        while (nameEnd < body.length() && isNameChar(body.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = body.substring(0, nameEnd);
        if (nameEnd == body.length()) {
            return plain(name);
        }
        referenced.add(name);
        String operator = body.charAt(nameEnd) == ':' ? body.substring(nameEnd, nameEnd + 2)
                : body.substring(nameEnd, nameEnd + 1);
        // compose-go interpolates the default, alternative or message before it knows whether it
        // is needed, so an error or an unset variable inside it counts even when it goes unused.
        String argument = substitute(body.substring(nameEnd + operator.length()));
        if (lookup == null) {
            return "";
        }
        Optional<String> value = lookup.apply(name);
        boolean set = value.isPresent();
        boolean nonEmpty = set && !value.get().isEmpty();
        switch (operator) {
            case ":-":
                return nonEmpty ? value.get() : argument;
            case "-":
                return set ? value.get() : argument;
            case ":+":
                return nonEmpty ? argument : "";
            case "+":
                return set ? argument : "";
            case ":?":
                return nonEmpty ? value.get() : required(name, argument);
            case "?":
                return set ? value.get() : required(name, argument);
            default:
                throw new IllegalStateException("operator outside the pattern: " + operator);
        }
    }

    private String required(String name, String message) throws InterpolationException {
        String text = "required variable " + name + " is missing a value"
                + (message.isEmpty() ? "" : ": " + message);
        throw new InterpolationException(original, name, text);
    }

    private void invalid() throws InterpolationException {
        if (lookup == null) {
            return; // a names-only run skips what it cannot read
        }
        throw new InterpolationException(original, null, "invalid interpolation format for \""
                + original + "\". You may need to escape any $ with another $.");
    }

    /**
     * Index of the brace that closes the first <code>{</code>, counting every <code>{</code> as compose-go
     * does (and, like it, not looking at the character right after one), or -1.
     */
    private static int firstClosingBrace(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '}' && --open == 0) {
                return i;
            }
            if (c == '{') {
                open++;
                i++;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}

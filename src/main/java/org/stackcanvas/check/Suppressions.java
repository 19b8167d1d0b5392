package org.stackcanvas.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.SourceLocation;

/**
 * Inline suppression comments, read from the document text: {@code # stackcanvas-ignore RULE-ID}
 * (several ids separated by spaces or commas; none means every rule) on the finding's own line, or on
 * the line of the service's key to silence the rule for the whole service.
 */
final class Suppressions {

    private static final Pattern COMMENT =
            Pattern.compile("#\\s*stackcanvas-ignore\\b([ \\t,A-Za-z0-9_.-]*)");
    /** Marks "every rule" in a line's set. */
    private static final String ALL = "*";

    private final Map<String, Map<Integer, Set<String>>> byFile = new HashMap<>();

    Suppressions(List<ComposeDocument> documents) {
        for (ComposeDocument doc : documents) {
            String text = doc.text();
            if (!mayHaveComment(text)) {
                continue;
            }
            Map<Integer, Set<String>> lines = new HashMap<>();
            String[] all = text.split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                Matcher m = COMMENT.matcher(all[i]);
                if (m.find()) {
                    Set<String> ids = new HashSet<>();
                    for (String id : m.group(1).trim().split("[\\s,]+")) {
                        if (!id.isBlank()) {
                            ids.add(id);
                        }
                    }
                    if (ids.isEmpty()) {
                        ids.add(ALL);
                    }
                    lines.put(i + 1, ids);
                }
            }
            byFile.put(doc.name(), lines);
        }
    }

    /**
     * Whether some '#' is followed, after blanks, by the marker: true for every text {@link #COMMENT}
     * finds something in. Runs after each edit over the whole file; looking for the marker itself
     * was ten times slower, its first letter being so common in compose files.
     */
    private static boolean mayHaveComment(String text) {
        for (int hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
            int at = hash + 1;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (text.startsWith("stackcanvas-ignore", at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether no document has a suppression comment (then nothing is suppressed). */
    boolean isEmpty() {
        return byFile.isEmpty();
    }

    boolean suppresses(Finding f, Optional<SourceLocation> serviceKey) {
        if (byFile.isEmpty()) {
            return false;
        }
        return matches(f.location(), f.ruleId()) || serviceKey.map(k -> matches(k, f.ruleId())).orElse(false);
    }

    private boolean matches(SourceLocation at, String ruleId) {
        Set<String> ids = byFile.getOrDefault(at.file(), Map.of()).get(at.line());
        return ids != null && (ids.contains(ALL) || ids.contains(ruleId));
    }
}

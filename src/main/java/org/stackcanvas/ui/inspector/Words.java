package org.stackcanvas.ui.inspector;

import java.util.List;
import java.util.stream.Collectors;

/** Joins command words into one line that {@code CommandSyntax} splits back into the same words. */
final class Words {

    private Words() {
    }

    static String join(List<String> words) {
        return words.stream().map(Words::quote).collect(Collectors.joining(" "));
    }

    static String quote(String word) {
        if (!word.isEmpty() && word.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\#$`".indexOf(c) >= 0)) {
            return word;
        }
        return "'" + word.replace("'", "'\"'\"'") + "'";
    }
}

package org.stackcanvas.ui.problems;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stackcanvas.check.QuickFix;
import org.stackcanvas.ui.session.ElementRef;

/**
 * What a validator knows about a problem beyond its row: the element it is about (for the canvas
 * and selection), a one-click fix, and the rule's title and explanation.
 *
 * @param element the element the problem is about, when known
 * @param fix     a repair the user can apply as one undoable edit
 * @param title   the rule's one-line title; empty when the problem has no rule
 * @param why     the rule's explanation (one paragraph, usually with a link); empty when none
 */
public record ProblemDetails(Optional<ElementRef> element, Optional<QuickFix> fix, String title, String why) {

    public static final ProblemDetails NONE = new ProblemDetails(Optional.empty(), Optional.empty(), "", "");

    private static final Pattern LINK = Pattern.compile("https?://[^\\s)\"']+");

    public ProblemDetails {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(why, "why");
    }

    /** The first web address in the explanation, without the sentence's closing punctuation. */
    public Optional<String> link() {
        Matcher m = LINK.matcher(why);
        if (!m.find()) {
            return Optional.empty();
        }
        String url = m.group();
        while (!url.isEmpty() && ".,;:".indexOf(url.charAt(url.length() - 1)) >= 0) {
            url = url.substring(0, url.length() - 1);
        }
        return Optional.of(url);
    }

    /** Title and explanation for a tooltip; empty when there is neither. */
    public String explanation() {
        if (title.isEmpty()) {
            return why;
        }
        return why.isEmpty() ? title : title + "\n\n" + why;
    }
}

package org.stackcanvas.edit;

import java.util.regex.Pattern;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Just enough of the volume short syntax to find a mount's target and tell named volumes from paths. */
final class MountSyntax {

    private static final Pattern NAMED_VOLUME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[a-zA-Z]:[\\\\/].*");

    private MountSyntax() {
    }

    static boolean isNamedVolume(String source) {
        return NAMED_VOLUME.matcher(source).matches();
    }

    /** The container path of a mount written short ({@code src:dst[:mode]}) or long. */
    static String target(YValue mount) {
        if (mount instanceof YMap map) {
            return map.text("target").orElse("");
        }
        if (!(mount instanceof YScalar s)) {
            return "";
        }
        String text = s.text();
        int start = WINDOWS_DRIVE.matcher(text).matches() ? 2 : 0;
        int first = text.indexOf(':', start);
        if (first < 0) {
            return text; // an anonymous volume: the text is the target
        }
        int second = text.indexOf(':', first + 1);
        return second < 0 ? text.substring(first + 1) : text.substring(first + 1, second);
    }
}

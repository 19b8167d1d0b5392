package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * A rule that reads one service as written in one file (before merging and interpolation) and
 * nothing else. The checker caches its findings with the service's schema findings, so after an
 * edit only the services whose text changed are read again.
 */
public abstract class WrittenServiceRule extends AbstractRule {

    protected WrittenServiceRule(String id, Severity severity, Category category, String title, String why) {
        super(id, severity, category, title, why);
    }

    @Override
    public final List<Finding> check(CheckContext context) {
        List<Finding> out = new ArrayList<>();
        for (ComposeDocument doc : context.documents()) {
            if (doc.tree() instanceof YMap top && top.get("services") instanceof YMap services) {
                for (YMap.Entry e : services.entryList()) {
                    checkWritten(doc.name(), e.key(), e.value(), out);
                }
            }
        }
        return out;
    }

    /** Adds the findings for service {@code service} as written in file {@code document}. */
    public abstract void checkWritten(String document, String service, YValue written, List<Finding> out);
}

package org.stackcanvas.check.rules;

import java.util.List;
import org.stackcanvas.check.QuickFix;
import org.stackcanvas.check.ServiceScope;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Fixes shared by the depends_on rules. */
final class DependencyFixes {

    private DependencyFixes() {
    }

    /** Removes {@code dependency} from the service's depends_on, list or mapping form. */
    static QuickFix remove(ServiceScope s, String dependency) {
        YValue deps = s.value().get("depends_on");
        String what = "Remove " + dependency + " from depends_on of " + s.name();
        if (deps instanceof YMap) {
            return new QuickFix("Remove the dependency on " + dependency,
                    ServiceEdit.remove(s.documentName(), s.name(), List.of("depends_on"), dependency, what));
        }
        if (deps instanceof YList list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof YScalar item && item.text().equals(dependency)) {
                    return new QuickFix("Remove the dependency on " + dependency,
                            ServiceEdit.removeItem(s.documentName(), s.name(), List.of("depends_on"), i, what));
                }
            }
        }
        return null;
    }
}

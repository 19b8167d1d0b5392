package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YTag;
import org.stackcanvas.document.YValue;

/**
 * Merges a later compose model over an earlier one the way Compose does for {@code -f a -f b},
 * override files and {@code extends}. Values keep their own locations, so the result still tells
 * which file defines each value.
 *
 * <p>{@code !reset} and {@code !override} are honoured through tags: a later value tagged
 * {@code !override} replaces the earlier one outright; one tagged {@code !reset} stays in the result
 * as a tombstone, treated as absent by every later merge and dropped by {@link #finish}. Keeping the
 * tombstone matters because a service's own {@code !reset} must reach both its {@code extends} base
 * and the earlier files.
 */
public final class ModelMerger {

    private final MergeRules rules;

    ModelMerger(MergeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** A merger with Compose's rules. */
    public static ModelMerger compose() {
        return new ModelMerger(MergeRules.compose());
    }

    /** Merges whole files: {@code override} is the later one. */
    public YMap mergeFiles(YMap base, YMap override) throws DocumentException {
        return mergeMappings(base, override, TreePath.root());
    }

    YValue merge(YValue base, YValue override, TreePath path) throws DocumentException {
        if (override.tag() != YTag.NONE || base.tag() == YTag.RESET) {
            return override;
        }
        Optional<MergeRule> rule = rules.find(path);
        if (rule.isPresent()) {
            return rule.get().merge(base, override, path, this);
        }
        if (override.isNull()) {
            return base;
        }
        if (base instanceof YMap b) {
            if (override instanceof YMap o) {
                return mergeMappings(b, o, path);
            }
            throw mismatch(base, override, path);
        }
        if (base instanceof YList b) {
            if (override instanceof YList o) {
                List<YValue> items = new ArrayList<>(b.items());
                items.addAll(o.items());
                return new YList(items, b.location());
            }
            throw mismatch(base, override, path);
        }
        return override;
    }

    YMap mergeMappings(YMap base, YMap override, TreePath path) throws DocumentException {
        Map<String, YMap.Entry> entries = new LinkedHashMap<>(base.entries());
        for (YMap.Entry later : override.entryList()) {
            YMap.Entry earlier = entries.get(later.key());
            if (earlier == null) {
                entries.put(later.key(), later);
                continue;
            }
            YValue merged = merge(earlier.value(), later.value(), path.child(later.key()));
            // The key is reported where the value that won was written.
            entries.put(later.key(), merged == later.value() ? later : earlier.withValue(merged));
        }
        return new YMap(entries, base.location(), YTag.NONE);
    }

    private static DocumentException mismatch(YValue base, YValue override, TreePath path) {
        return new DocumentException(override.location(), "cannot merge " + path + ": it is "
                + base.describeKind() + " in " + base.location().file() + " (line " + base.location().line()
                + ") but " + override.describeKind() + " here; write both the same way, or tag this value "
                + "!override to replace the earlier one");
    }

    /** The model as Compose sees it once all merging is done: tombstones gone, no tags left. */
    public static YMap finish(YMap model) {
        return (YMap) strip(model);
    }

    /** The same object when it holds no tag and no tombstone, so an untagged model is not copied. */
    private static YValue strip(YValue value) {
        YValue done = value;
        if (value instanceof YMap map) {
            done = map.mapEntries(e -> {
                if (e.value().tag() == YTag.RESET) {
                    return null;
                }
                YValue stripped = strip(e.value());
                return stripped == e.value() ? e : e.withValue(stripped);
            });
        } else if (value instanceof YList list) {
            done = list.mapItems(ModelMerger::strip);
        }
        return done.tag() == YTag.NONE ? done : done.withTag(YTag.NONE);
    }
}

package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Splits services into active and inactive by profile, as compose-go's {@code WithProfiles}: a
 * service without {@code profiles} is always active; one with profiles is active when any of them
 * is enabled, or when {@code *} is enabled.
 */
final class ProfileFilter {

    /** The model with only active services, and the services left out. */
    record Result(YMap model, YMap inactiveServices) {
    }

    private final List<String> enabled;

    ProfileFilter(List<String> enabled) {
        this.enabled = List.copyOf(enabled);
    }

    /** {@code COMPOSE_PROFILES}: comma-separated, blanks ignored. */
    static List<String> parse(String value) {
        List<String> profiles = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    profiles.add(part.trim());
                }
            }
        }
        return profiles;
    }

    Result apply(YMap model) {
        Objects.requireNonNull(model, "model");
        if (!(model.get("services") instanceof YMap services)) {
            return new Result(model, YMap.empty(model.location()));
        }
        Map<String, YMap.Entry> active = new LinkedHashMap<>();
        Map<String, YMap.Entry> inactive = new LinkedHashMap<>();
        for (YMap.Entry e : services.entryList()) {
            (isActive(e.value()) ? active : inactive).put(e.key(), e);
        }
        return new Result(model.with("services", services.withEntries(active)),
                new YMap(inactive, services.location()));
    }

    boolean isActive(YValue service) {
        List<String> profiles = profilesOf(service);
        if (profiles.isEmpty()) {
            return true;
        }
        for (String p : enabled) {
            if (p.equals("*") || profiles.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static List<String> profilesOf(YValue service) {
        List<String> profiles = new ArrayList<>();
        if (service instanceof YMap m && m.get("profiles") instanceof YList list) {
            for (YValue item : list.items()) {
                if (item instanceof YScalar s && !s.isNull()) {
                    profiles.add(s.text());
                }
            }
        }
        return profiles;
    }
}

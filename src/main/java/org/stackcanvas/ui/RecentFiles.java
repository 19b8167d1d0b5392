package org.stackcanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened projects, kept in the user's preferences. */
final class RecentFiles {

    private static final int LIMIT = 10;
    private static final String KEY = "recent.";
    private final Preferences preferences;

    RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Where the list is kept; other window settings live beside it. */
    Preferences preferences() {
        return preferences;
    }

    List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String value = preferences.get(KEY + i, null);
            if (value != null && Files.exists(Path.of(value))) {
                paths.add(Path.of(value));
            }
        }
        return paths;
    }

    void add(Path path) {
        List<Path> paths = new ArrayList<>(list());
        Path normal = path.toAbsolutePath().normalize();
        paths.remove(normal);
        paths.add(0, normal);
        for (int i = 0; i < LIMIT; i++) {
            if (i < paths.size()) {
                preferences.put(KEY + i, paths.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}

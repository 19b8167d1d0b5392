package org.stackcanvas.ui.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;
import java.util.regex.Pattern;
import org.stackcanvas.runtime.ComposePaths;

/**
 * The Run settings, kept in the user's preferences: where {@code docker} and {@code docker-compose}
 * are, and a project name per project folder that replaces the one from {@code name:} or the folder.
 */
public final class RunSettings {

    /** What Compose accepts as a project name. */
    static final Pattern PROJECT_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private static final String DOCKER = "docker";
    private static final String DOCKER_COMPOSE = "dockerCompose";
    private static final String PROJECT = "projectName.";

    private final Preferences preferences;

    public RunSettings(Preferences preferences) {
        this.preferences = Objects.requireNonNull(preferences, "preferences");
    }

    public ComposePaths paths() {
        return new ComposePaths(preferences.get(DOCKER, ""), preferences.get(DOCKER_COMPOSE, ""));
    }

    public void setPaths(ComposePaths paths) {
        preferences.put(DOCKER, paths.docker());
        preferences.put(DOCKER_COMPOSE, paths.dockerCompose());
    }

    /** The project name chosen for the project in {@code directory}, if one was. */
    public Optional<String> projectName(Path directory) {
        return Optional.ofNullable(preferences.get(key(directory), null)).filter(n -> !n.isBlank());
    }

    /** Chooses the project name for {@code directory}; blank goes back to the file's or folder's name. */
    public void setProjectName(Path directory, String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            preferences.remove(key(directory));
            return;
        }
        if (!PROJECT_NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a project name: use lowercase letters, digits,"
                    + " '-' and '_', starting with a letter or digit");
        }
        preferences.put(key(directory), value);
    }

    /** Preference keys are at most 80 characters: a folder is known by a digest of its path. */
    private static String key(Path directory) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(
                    directory.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return PROJECT + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}

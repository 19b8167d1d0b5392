package org.stackcanvas.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Reads a {@code .env} or {@code env_file} from disk with {@link DotEnvParser}. */
public final class DotEnvFile {

    private DotEnvFile() {
    }

    /**
     * Reads {@code file} as UTF-8. Bytes that are not UTF-8 become U+FFFD instead of failing:
     * Compose passes such bytes through, and a stray Latin-1 comment should not make the file
     * unreadable here.
     *
     * @return the variables in file order
     * @throws EnvFileException when the file is missing, a directory, unreadable or malformed
     */
    public static Map<String, String> read(Path file, Function<String, Optional<String>> lookup)
            throws EnvFileException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lookup, "lookup");
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw EnvFileException.forFile(name, "is a directory, not an env file", null);
        }
        if (!Files.exists(file)) {
            throw EnvFileException.forFile(name,
                    "env file not found; create it or remove it from env_file / --env-file", null);
        }
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw EnvFileException.forFile(name, "cannot read env file: " + e.getMessage(), e);
        }
        return new DotEnvParser().parse(text, name, lookup);
    }
}

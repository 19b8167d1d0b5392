package org.stackcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet we ship parses without an error. JavaFX only logs a CSS syntax error and drops
 * the rules after it, so a lost brace would otherwise show up as controls silently unstyled.
 */
class StylesheetsTest {

    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        List<String> errors = new ArrayList<>();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            new CssParser().parse(sheet.toUri().toURL());
            CssParser.errorsProperty().forEach(error -> errors.add(sheet + ": " + error.getMessage()));
        }
        CssParser.errorsProperty().clear();
        assertThat(errors).isEmpty();
    }
}

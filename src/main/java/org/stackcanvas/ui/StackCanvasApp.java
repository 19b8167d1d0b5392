package org.stackcanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;

/**
 * The editor window. For now it shows the loaded compose file (or the sample) read-only, with its
 * load error if any; the canvas, palette and inspector build on this.
 */
public final class StackCanvasApp extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        DocumentParser parser = new DocumentParser();
        String title;
        String text;
        String status;
        try {
            ComposeDocument doc;
            if (args.isEmpty()) {
                doc = parser.parse("sample/compose.yaml", null, SampleStack.composeBytes());
            } else {
                Path path = Path.of(args.get(0));
                doc = parser.read(Files.isDirectory(path) ? path.resolve("compose.yaml") : path);
            }
            title = doc.name();
            text = doc.text();
            status = "Loaded " + doc.name();
        } catch (DocumentException e) {
            title = args.isEmpty() ? "sample" : args.get(0);
            text = "";
            status = e.describe();
        }
        TextArea yaml = new TextArea(text);
        yaml.setEditable(false);
        yaml.getStyleClass().add("yaml-text");
        Label statusBar = new Label(status);
        statusBar.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(yaml);
        root.setBottom(statusBar);
        stage.setTitle(title + " \u2014 StackCanvas");
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }
}

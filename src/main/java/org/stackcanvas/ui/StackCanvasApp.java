package org.stackcanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.ui.session.EditorSession;

/**
 * Composition root of the editor: opens the project named on the command line, or the built-in
 * sample, in the main window.
 */
public final class StackCanvasApp extends Application {

    @Override
    public void start(Stage stage) {
        startEditor(stage, getParameters() == null ? List.of() : getParameters().getRaw(), getHostServices());
    }

    /**
     * What {@link #start} does: the project named by {@code args} (or the sample) with the user's
     * preferences. Public so that the benchmark's probe times the very path a user's start takes.
     */
    public static MainWindow startEditor(Stage stage, List<String> args, HostServices host) {
        return open(stage, args.isEmpty() ? null : Path.of(args.get(0)),
                Preferences.userNodeForPackage(StackCanvasApp.class),
                session -> new StandardViews(session, host::showDocument));
    }

    /** Opens {@code path} (or the sample when null) in a new main window on {@code stage}. */
    public static MainWindow open(Stage stage, Path path, Preferences preferences) {
        return open(stage, path, preferences, StandardViews::new);
    }

    static MainWindow open(Stage stage, Path path, Preferences preferences, EditorViews.Factory views) {
        ProjectOpener opener = new ProjectOpener(System.getenv());
        MainWindow window = new MainWindow(stage, views, Prompts.dialogs(stage), opener,
                new RecentFiles(preferences));
        EditorSession session;
        try {
            session = path == null ? opener.openUntitled(SampleProject.extract()) : opener.open(path);
        } catch (DocumentException e) {
            Prompts.dialogs(stage).error("Cannot open " + path, e.describe() + "\n\nThe sample stack opens instead.");
            session = openSample(opener);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the sample stack to a temporary folder", e);
        }
        window.show(session);
        stage.show();
        HeapTrim.afterOpen();
        return window;
    }

    private static EditorSession openSample(ProjectOpener opener) {
        try {
            return opener.openUntitled(SampleProject.extract());
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("the built-in sample cannot be opened", e);
        }
    }
}

package org.stackcanvas.ui;

import java.util.List;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.model.ModelBuilder;

/**
 * Loads what the first window needs on a second core while JavaFX starts its toolkit: the layout
 * engine (ELK's first layout costs about half a second of class loading), the YAML parser and the
 * model, and the classes of the heaviest controls (loaded, not initialised, as the toolkit is not
 * up yet). The window then finds them ready instead of loading them one by one on its own thread.
 */
public final class StartupWarmup {

    private static final List<String> CLASSES = List.of("org.fxmisc.richtext.CodeArea",
            "org.fxmisc.richtext.GenericStyledArea", "org.fxmisc.flowless.VirtualFlow",
            "org.fxmisc.richtext.model.ReadOnlyStyledDocument", "org.kordamp.ikonli.javafx.FontIcon",
            "org.controlsfx.control.PropertySheet", "atlantafx.base.theme.PrimerLight",
            "javafx.scene.control.TableView", "javafx.scene.control.TreeView", "javafx.scene.control.SplitPane",
            "javafx.scene.control.TabPane", "javafx.scene.control.MenuBar", "javafx.scene.control.ToolBar");

    private StartupWarmup() {
    }

    /** Starts the warm-up on a daemon thread; harmless if anything in it fails. */
    public static void start() {
        Thread thread = new Thread(StartupWarmup::run, "stackcanvas-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        try {
            new ModelBuilder().build(new DocumentParser().parseText("warmup.yaml",
                    "services:\n  web:\n    image: nginx\n    ports: [\"80:80\"]\n").tree());
        } catch (DocumentException | RuntimeException e) {
            // Only a warm-up: the real open reports any problem.
        }
        GraphLayouter.warmUp();
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // A library changed its classes: nothing is lost but a little speed.
            }
        }
    }
}

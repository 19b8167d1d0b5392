package org.stackcanvas.ui;

import javafx.application.Application;

/** Starts the JavaFX editor; the only way in from {@code Main}. */
public final class EditorLauncher {

    private EditorLauncher() {
    }

    public static void launch(String[] args) {
        StartupWarmup.start();
        Application.launch(StackCanvasApp.class, args);
    }
}

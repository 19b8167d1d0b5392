package org.stackcanvas.ui.bench;

import javafx.application.Application;
import org.stackcanvas.ui.StartupWarmup;

/**
 * Starts {@link UiProbe}: {@code UiProbeMain} for the first frame of the sample stack, or
 * {@code UiProbeMain FILE [PULSES]} for memory and drag pulses with that project open. Not an
 * {@code Application} itself, so it starts from a plain class path like the application's own main.
 */
public final class UiProbeMain {

    private UiProbeMain() {
    }

    public static void main(String[] args) {
        StartupWarmup.start();
        Application.launch(UiProbe.class, args);
    }
}

package org.stackcanvas.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The application theme: AtlantaFX Primer, light or dark. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT
                ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}

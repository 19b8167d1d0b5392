package org.stackcanvas.ui.canvas;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * The coloured icon tiles the exported diagram uses ({@code org/stackcanvas/icons/*.png}), loaded
 * once per canvas and shared by every card: an unknown key gets the {@code generic} tile.
 */
final class IconImages {

    private static final String FOLDER = "/org/stackcanvas/icons/";
    private final Map<String, Image> images = new HashMap<>();

    Image image(String key) {
        return images.computeIfAbsent(key, k -> {
            URL url = k.matches("[a-z0-9-]+") ? IconImages.class.getResource(FOLDER + k + ".png") : null;
            if (url == null) {
                url = IconImages.class.getResource(FOLDER + "generic.png");
            }
            return url == null ? null : new Image(url.toExternalForm());
        });
    }
}

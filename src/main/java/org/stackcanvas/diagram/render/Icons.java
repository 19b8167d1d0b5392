package org.stackcanvas.diagram.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

/**
 * The icons shipped under {@code org/stackcanvas/icons/} (made in the repository's {@code icons/}
 * folder). An unknown key gets the {@code generic} icon.
 */
final class Icons {

    static final String FALLBACK = "generic";
    private static final String FOLDER = "/org/stackcanvas/icons/";

    private final Map<String, String> svg = new ConcurrentHashMap<>();
    private final Map<String, BufferedImage> png = new ConcurrentHashMap<>();

    /** The icon's SVG drawing without its outer {@code <svg>} element (64×64 units). */
    String svgBody(String key) {
        return svg.computeIfAbsent(known(key, ".svg"), k -> {
            String text = new String(read(k + ".svg"), StandardCharsets.UTF_8);
            int open = text.indexOf('>', text.indexOf("<svg")) + 1;
            int close = text.lastIndexOf("</svg>");
            return text.substring(open, close).strip();
        });
    }

    BufferedImage image(String key) {
        return png.computeIfAbsent(known(key, ".png"), k -> {
            try {
                return ImageIO.read(new java.io.ByteArrayInputStream(read(k + ".png")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String known(String key, String suffix) {
        boolean safe = key.matches("[a-z0-9-]+");
        return safe && Icons.class.getResource(FOLDER + key + suffix) != null ? key : FALLBACK;
    }

    private static byte[] read(String file) {
        try (InputStream in = Icons.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("icon missing from the class path: " + FOLDER + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

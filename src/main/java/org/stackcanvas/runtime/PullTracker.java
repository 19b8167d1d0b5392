package org.stackcanvas.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the Engine's per-layer pull messages into one figure for the image. Each layer counts by its
 * size once known: downloading is the first 80 % of a layer, extracting the rest. Until the first
 * layer size is known the fraction is unknown (-1).
 */
public final class PullTracker {

    private static final double DOWNLOAD_SHARE = 0.8;

    private static final class Layer {
        long size = -1;
        long downloaded;
        double extracted;
        boolean downloadComplete;
        boolean done;

        double fraction() {
            if (done) {
                return 1;
            }
            double download = downloadComplete ? 1 : size > 0 ? Math.min(1, (double) downloaded / size) : 0;
            return DOWNLOAD_SHARE * download + (1 - DOWNLOAD_SHARE) * extracted;
        }
    }

    private final String image;
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private String status = "Pulling";

    public PullTracker(String image) {
        this.image = Objects.requireNonNull(image, "image");
    }

    /**
     * One message of the Engine's pull stream: a layer id (null for image-wide messages), its status
     * and, while downloading or extracting, the bytes so far and in all (null when not given).
     */
    public PullProgress accept(String id, String message, Long current, Long total) {
        String text = message == null ? "" : message.strip();
        if (id == null || id.isBlank() || !isLayerStatus(text)) {
            if (!text.isEmpty()) {
                status = text;
            }
            return progress();
        }
        Layer layer = layers.computeIfAbsent(id, k -> new Layer());
        switch (text) {
            case "Downloading" -> {
                if (total != null && total > 0) {
                    layer.size = total;
                }
                if (current != null) {
                    layer.downloaded = current;
                }
            }
            case "Verifying Checksum", "Download complete" -> layer.downloadComplete = true;
            case "Extracting" -> {
                layer.downloadComplete = true;
                if (total != null && total > 0) {
                    if (layer.size <= 0) {
                        layer.size = total;
                    }
                    layer.extracted = current == null ? 0 : Math.min(1, (double) current / total);
                }
            }
            case "Pull complete", "Already exists" -> layer.done = true;
            default -> {
                // "Pulling fs layer", "Waiting": the layer is known, nothing moved yet.
            }
        }
        status = text;
        return progress();
    }

    private static boolean isLayerStatus(String text) {
        return switch (text) {
            case "Pulling fs layer", "Waiting", "Downloading", "Verifying Checksum", "Download complete",
                    "Extracting", "Pull complete", "Already exists" -> true;
            default -> false;
        };
    }

    /** The image's progress as of the last message. */
    public PullProgress progress() {
        return new PullProgress(image, PullProgress.State.PULLING, fraction(), status);
    }

    private double fraction() {
        long known = 0;
        int sized = 0;
        for (Layer layer : layers.values()) {
            if (layer.size > 0) {
                known += layer.size;
                sized++;
            }
        }
        boolean allDone = !layers.isEmpty() && layers.values().stream().allMatch(l -> l.done);
        if (allDone) {
            return 1;
        }
        if (sized == 0) {
            return -1;
        }
        // A layer whose size is not reported yet weighs as much as an average known one.
        double average = (double) known / sized;
        double weighted = 0;
        double weights = 0;
        for (Layer layer : layers.values()) {
            double weight = layer.size > 0 ? layer.size : average;
            weighted += weight * layer.fraction();
            weights += weight;
        }
        return weights == 0 ? -1 : weighted / weights;
    }
}

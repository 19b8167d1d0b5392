package org.stackcanvas.ui.canvas;

import java.util.Optional;

/**
 * The questions a wire gesture asks: where to mount a volume, which condition a dependency waits
 * for. The editor answers with small dialogs; tests answer directly. Empty means cancelled.
 */
public interface CanvasPrompts {

    Optional<String> mountTarget(String service, String source, String suggested);

    /** One of {@code service_started}, {@code service_healthy}, {@code service_completed_successfully}. */
    Optional<String> dependencyCondition(String service, String dependency);
}

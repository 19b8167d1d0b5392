package org.stackcanvas.check.rules;

import java.util.Locale;
import java.util.Optional;

/** An image reference split as Docker reads it: {@code [registry/]repository[:tag][@digest]}. */
record ImageRef(String repository, Optional<String> tag, Optional<String> digest) {

    static Optional<ImageRef> parse(String image) {
        String text = image.trim();
        if (text.isEmpty() || text.contains("${") || text.contains("$")) {
            return Optional.empty(); // not known until run time
        }
        Optional<String> digest = Optional.empty();
        int at = text.indexOf('@');
        if (at >= 0) {
            digest = Optional.of(text.substring(at + 1));
            text = text.substring(0, at);
        }
        int slash = text.lastIndexOf('/');
        int colon = text.lastIndexOf(':');
        Optional<String> tag = Optional.empty();
        if (colon > slash) {
            tag = Optional.of(text.substring(colon + 1));
            text = text.substring(0, colon);
        }
        return Optional.of(new ImageRef(text, tag, digest));
    }

    /** The last path segment in lower case: {@code postgres} for {@code docker.io/library/postgres}. */
    String shortName() {
        return repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    boolean isLatest() {
        return tag.map(t -> t.equals("latest")).orElse(false);
    }
}

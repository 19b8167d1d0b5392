package org.stackcanvas.runtime;

import java.util.Locale;

/**
 * The parts of an image reference that a pull needs: repository, tag (or digest) and the registry
 * it comes from, read as the Docker CLI reads them ({@code redis} is {@code docker.io/library/redis:latest}).
 */
public final class ImageRefs {

    public static final String DOCKER_HUB = "registry-1.docker.io";

    private ImageRefs() {
    }

    /** The reference without its tag or digest: {@code ghcr.io/a/b}, {@code redis}. */
    public static String repository(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return image.substring(0, at);
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    /** The tag, the digest ({@code sha256:...}), or {@code latest} when the reference has neither. */
    public static String tag(String image) {
        int at = image.indexOf('@');
        if (at >= 0) {
            return image.substring(at + 1);
        }
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "latest";
    }

    /** The registry host: the first part when it looks like a host, else Docker Hub. */
    public static String registry(String image) {
        String repository = repository(image);
        int slash = repository.indexOf('/');
        if (slash > 0) {
            String first = repository.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.toLowerCase(Locale.ROOT).equals("localhost")) {
                return first;
            }
        }
        return DOCKER_HUB;
    }
}

package org.stackcanvas.project;

/**
 * The short volume syntax {@code [SOURCE:]TARGET[:MODE]}, read only as far as loading needs it:
 * which part is the target, and whether the source is a host path.
 */
final class VolumeSpec {

    private VolumeSpec() {
    }

    /** The container path of a short-syntax volume. */
    static String target(String spec) {
        String[] parts = split(spec);
        return parts.length == 1 ? parts[0] : parts[1];
    }

    /** The source of a short-syntax volume, or null for an anonymous volume ({@code /data}). */
    static String source(String spec) {
        String[] parts = split(spec);
        return parts.length == 1 ? null : parts[0];
    }

    /**
     * Whether a source is a host path rather than a volume name: Compose treats sources starting
     * with {@code .}, {@code /} or {@code ~} (and Windows drive paths) as bind mounts.
     */
    static boolean isHostPath(String source) {
        return source.startsWith(".") || source.startsWith("/") || source.startsWith("~")
                || isWindowsAbsolute(source);
    }

    static boolean isWindowsAbsolute(String path) {
        return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
                && (path.charAt(2) == '\\' || path.charAt(2) == '/');
    }

    /**
     * Splits at colons, keeping a Windows drive letter ({@code C:\data:/data}) with its path. Only a
     * backslash marks a drive: {@code c:/data} is the volume {@code c} mounted at {@code /data}.
     */
    private static String[] split(String spec) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < spec.length(); i++) {
            if (spec.charAt(i) == ':') {
                boolean driveLetter = i - start == 1 && Character.isLetter(spec.charAt(start))
                        && i + 1 < spec.length() && spec.charAt(i + 1) == '\\';
                if (!driveLetter) {
                    parts.add(spec.substring(start, i));
                    start = i + 1;
                }
            }
        }
        parts.add(spec.substring(start));
        return parts.toArray(String[]::new);
    }
}

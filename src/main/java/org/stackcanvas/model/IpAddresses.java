package org.stackcanvas.model;

/**
 * Literal IP addresses, checked by hand: {@code InetAddress.getByName} would look names up in DNS,
 * and this runs while the user types. Accepts what Go's {@code net.ParseIP} accepts.
 */
public final class IpAddresses {

    private IpAddresses() {
    }

    public static boolean isValid(String text) {
        return isV4(text) || isV6(text);
    }

    public static boolean isV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)
                    || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    public static boolean isV6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return groups(text, true) == 8;
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        int h = head.isEmpty() ? 0 : groups(head, false);
        int t = tail.isEmpty() ? 0 : groups(tail, true);
        return h >= 0 && t >= 0 && h + t <= 7;
    }

    /** Counts 16-bit groups (an IPv4 tail counts two); -1 when malformed. */
    private static int groups(String text, boolean mayEndInV4) {
        String[] parts = text.split(":", -1);
        int count = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (mayEndInV4 && i == parts.length - 1 && p.contains(".")) {
                if (!isV4(p)) {
                    return -1;
                }
                count += 2;
            } else if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(IpAddresses::isHex)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static boolean isHex(int c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}

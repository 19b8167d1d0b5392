package org.stackcanvas.edit;

import java.util.regex.Pattern;

/** The rule Compose applies to service names. */
final class ServiceNames {

    private static final Pattern VALID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private ServiceNames() {
    }

    static void check(String file, String name) throws EditException {
        if (!VALID.matcher(name).matches()) {
            throw new EditException(file, "'" + name + "' is not a valid service name: use letters, digits, "
                    + "'_', '.' and '-', starting with a letter or digit");
        }
    }
}

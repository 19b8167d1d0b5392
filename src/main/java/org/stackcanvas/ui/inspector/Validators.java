package org.stackcanvas.ui.inspector;

import java.util.Optional;
import java.util.function.Function;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.model.ByteSizeSyntax;
import org.stackcanvas.model.DurationSyntax;
import org.stackcanvas.model.Parsed;
import org.stackcanvas.model.PortSyntax;

/** Inline checks for inspector fields; an empty text is always allowed (it removes the value). */
final class Validators {

    private Validators() {
    }

    static Function<String, Optional<String>> of(Function<String, Parsed<?>> parser) {
        return text -> text.isBlank() ? Optional.empty() : parser.apply(text.trim()).error();
    }

    static final Function<String, Optional<String>> DURATION = of(DurationSyntax::parse);
    static final Function<String, Optional<String>> SIZE = of(ByteSizeSyntax::parse);
    static final Function<String, Optional<String>> PORT = text -> text.isBlank()
            ? Optional.of("write a port, e.g. 8080:80") : PortSyntax.parse(text.trim(), SourceLocation.UNKNOWN).error();

    static final Function<String, Optional<String>> COUNT = text -> {
        if (text.isBlank() || text.trim().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' is not a whole number");
    };

    static final Function<String, Optional<String>> CPUS = text -> {
        if (text.isBlank() || text.trim().matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of("'" + text + "' is not a number of CPUs, e.g. 0.5 or 2");
    };

    static final Function<String, Optional<String>> KEY = text -> {
        if (text.isEmpty() || text.contains("=") || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("a name must not be empty or hold '=' or spaces");
        }
        return Optional.empty();
    };
}

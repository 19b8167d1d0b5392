package org.stackcanvas.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YValue;

/**
 * One entry of a service's {@code ports}, short or long syntax. {@code target} and
 * {@code published} are kept as text because either may be a range ({@code 8000-8005}) or still hold
 * a variable; {@link #targetRange()} and {@link #publishedRange()} give the numbers.
 * {@code protocol} and {@code mode} carry Compose's defaults ({@code tcp}, {@code ingress}).
 */
public record PortMapping(
        String target,
        Optional<String> published,
        Optional<String> hostIp,
        String protocol,
        String mode,
        Optional<String> name,
        Optional<String> appProtocol,
        Optional<String> shortSyntax,
        Map<String, YValue> extensions,
        SourceLocation location) {

    public static final String DEFAULT_PROTOCOL = "tcp";
    public static final String DEFAULT_MODE = "ingress";

    public PortMapping {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(hostIp, "hostIp");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(appProtocol, "appProtocol");
        Objects.requireNonNull(shortSyntax, "shortSyntax");
        extensions = Copies.ordered(extensions);
        Objects.requireNonNull(location, "location");
    }

    /** The container port(s); empty while the text still holds a variable. */
    public Optional<PortRange> targetRange() {
        return PortRange.parse(target).value();
    }

    /** The host port(s); empty when not published (Docker picks one) or not yet a number. */
    public Optional<PortRange> publishedRange() {
        return published.flatMap(p -> PortRange.parse(p).value());
    }

    public boolean isPublished() {
        return published.isPresent();
    }
}

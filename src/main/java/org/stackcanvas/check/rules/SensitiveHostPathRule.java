package org.stackcanvas.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.check.*;
import org.stackcanvas.check.fix.DocumentEdit;
import org.stackcanvas.check.fix.ServiceEdit;
import org.stackcanvas.document.*;
import org.stackcanvas.model.*;

/** Bind mounts of system folders expose or let the container change the host's configuration. */
public final class SensitiveHostPathRule extends ServiceRule {
    private static final List<String> PATHS = List.of("/", "/etc", "/root", "/proc", "/sys", "/boot", "/dev",
            "/var/run", "/run", "/var/lib/docker", "/usr", "/lib", "/bin", "/sbin", "/home");

    public SensitiveHostPathRule() {
        super("sensitive-host-path", Severity.WARNING, Category.SECURITY, "Sensitive host folder mounted",
                "Binding system folders such as /, /etc, /proc or /var/lib/docker into a container lets it read "
                + "host secrets or change the host, and a writable mount makes a container escape easy. Mount only "
                + "the specific files the service needs, read-only. "
                + "See https://docs.docker.com/engine/storage/bind-mounts/#considerations-and-constraints");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        for (int i = 0; i < s.service().volumes().size(); i++) {
            ServiceVolume v = s.service().volumes().get(i);
            if (v.type() != ServiceVolume.MountType.BIND || v.source().isEmpty()) {
                continue;
            }
            String source = v.source().get();
            String trimmed = source.length() > 1 && source.endsWith("/") ? source.substring(0, source.length() - 1)
                    : source;
            if (PATHS.contains(trimmed) && !DockerSocketRule.isSocket(trimmed)) {
                out.add(finding("service " + s.name() + " mounts the host's " + trimmed
                        + (v.readOnly() ? " (read-only)" : " writable"), v.location(), s.path("volumes", i)));
            }
        }
    }
}

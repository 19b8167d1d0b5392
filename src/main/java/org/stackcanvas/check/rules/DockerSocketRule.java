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

/** Mounting the Docker socket hands the container control of the Docker daemon, that is root on the host. */
public final class DockerSocketRule extends ServiceRule {
    public DockerSocketRule() {
        super("docker-socket-mount", Severity.WARNING, Category.SECURITY, "Docker socket mounted into a container",
                "Whoever can talk to /var/run/docker.sock can start a privileged container that mounts the host's "
                + "root filesystem, so this mount is root access to the host, read-only or not. Use a socket proxy "
                + "that allows only the calls needed, or rootless Docker. "
                + "See https://docs.docker.com/engine/security/#docker-daemon-attack-surface");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        for (int i = 0; i < s.service().volumes().size(); i++) {
            ServiceVolume v = s.service().volumes().get(i);
            if (v.type() == ServiceVolume.MountType.BIND && v.source().map(DockerSocketRule::isSocket).orElse(false)) {
                out.add(finding("service " + s.name() + " mounts the Docker socket (" + v.source().get()
                        + "): it can control the Docker daemon", v.location(), s.path("volumes", i)));
            }
        }
    }

    static boolean isSocket(String path) {
        return path.endsWith("docker.sock") || path.endsWith("containerd.sock") || path.endsWith("podman.sock");
    }
}

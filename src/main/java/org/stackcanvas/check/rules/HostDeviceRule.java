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

/** Host devices inside a container. */
public final class HostDeviceRule extends ServiceRule {
    public HostDeviceRule() {
        super("host-device", Severity.INFO, Category.SECURITY, "Host device mapped",
                "A device mapped with devices: gives the container direct access to host hardware, outside most "
                + "of Docker's isolation. Make sure the service needs it and limit permissions (r, w, m). "
                + "See https://docs.docker.com/reference/compose-file/services/#devices");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        for (int i = 0; i < s.service().devices().size(); i++) {
            DeviceMapping d = s.service().devices().get(i);
            out.add(finding("service " + s.name() + " has access to host device " + d.source(), d.location(),
                    s.path("devices", i)));
        }
    }
}

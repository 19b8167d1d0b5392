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

public final class InvalidPortRule extends ServiceRule {
    public InvalidPortRule() {
        super("invalid-port", Severity.ERROR, Category.CONFLICT, "Invalid port mapping",
                "A ports entry must read [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL] with ports from 1 to "
                + "65535 and ranges of the same length; Compose refuses anything else when it starts the stack. "
                + "See https://docs.docker.com/reference/compose-file/services/#ports");
    }

    @Override
    public void checkService(ServiceScope s, List<Finding> out) {
        if (!(s.value().get("ports") instanceof YList list)) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof YScalar item && !item.text().contains("$")) {
                Parsed<PortMapping> p = PortSyntax.parse(item.text(), item.location());
                if (!p.isOk()) {
                    out.add(finding("port '" + item.text() + "' of service " + s.name() + ": " + p.errorMessage(),
                            item.location(), s.path("ports", i)));
                }
            }
        }
    }
}

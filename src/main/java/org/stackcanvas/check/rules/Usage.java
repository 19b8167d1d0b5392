package org.stackcanvas.check.rules;

import java.util.List;
import org.stackcanvas.model.FileReference;
import org.stackcanvas.model.Service;
import org.stackcanvas.model.ServiceVolume;

/** What a service uses of the top-level elements. */
final class Usage {

    private Usage() {
    }

    static List<String> networks(Service s) {
        return s.networkNames();
    }

    static List<String> volumes(Service s) {
        return s.volumes().stream().filter(ServiceVolume::isNamedVolume).map(v -> v.source().get()).toList();
    }

    static List<String> secrets(Service s) {
        return s.secrets().stream().map(FileReference::source).toList();
    }

    static List<String> configs(Service s) {
        return s.configs().stream().map(FileReference::source).toList();
    }
}

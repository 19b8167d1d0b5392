package org.stackcanvas.project;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Test helpers: fixture folders under {@code fixtures/project/} and plain views of models. */
final class Fixtures {

    private Fixtures() {
    }

    static Path dir(String name) {
        URL url = Fixtures.class.getResource("/fixtures/project/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadedProject load(String name) throws DocumentException {
        return load(name, b -> b);
    }

    static LoadedProject load(String name, UnaryOperator<ProjectOptions.Builder> options) throws DocumentException {
        return new ProjectLoader().load(options.apply(ProjectOptions.builder(dir(name))).build());
    }

    /** Maps, lists and scalar texts (null for YAML null): compares models without locations. */
    static Object plain(YValue value) {
        if (value instanceof YMap map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.entryList().forEach(e -> out.put(e.key(), plain(e.value())));
            return out;
        }
        if (value instanceof YList list) {
            List<Object> out = new ArrayList<>();
            list.items().forEach(item -> out.add(plain(item)));
            return out;
        }
        YScalar scalar = (YScalar) value;
        return scalar.isNull() ? null : scalar.text();
    }

    static Object plainFile(Path file) throws DocumentException {
        return plain(new DocumentParser().read(file).tree());
    }

    static YMap service(LoadedProject project, String name) {
        return project.services().map(name).orElseThrow(() -> new AssertionError("no service " + name));
    }
}

package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * Builds the typed {@link ComposeModel} from a resolved YAML tree (aliases and merge keys applied).
 * Building never throws on bad content: values of the wrong shape are reported as
 * {@link ModelProblem}s (in the order of the file) and kept as untyped attributes, so a
 * half-written file still shows.
 * Interpolation, {@code include}, {@code extends} and override files are resolved before this,
 * elsewhere; this class reads one tree as it is.
 */
public final class ModelBuilder {

    /** Reads any tree; a document that is not a mapping gives an empty model and one problem. */
    public ModelResult build(YValue tree) {
        if (tree instanceof YMap map) {
            return build(map);
        }
        ComposeModel empty = build(YMap.empty(tree.location())).model();
        return new ModelResult(empty, List.of(new ModelProblem(tree.location(),
                "a compose file must be a mapping (services:, networks:, ...), not " + tree.describeKind())));
    }

    public ModelResult build(YMap root) {
        List<ModelProblem> problems = new ArrayList<>();
        Consumer<ModelProblem> sink = problems::add;
        Attributes a = new Attributes(root, "", sink);
        ServiceReader services = new ServiceReader(sink);
        ResourceReader resources = new ResourceReader(sink);
        ComposeModel model = new ComposeModel(
                a.string("name"),
                a.string("version"),
                a.items("include", resources::include),
                elements(a, "services", services::read),
                elements(a, "networks", resources::network),
                elements(a, "volumes", resources::volume),
                elements(a, "secrets", resources::secret),
                elements(a, "configs", resources::config),
                elements(a, "models", resources::model),
                a.rest(),
                a.extensions(),
                root.location());
        // Reading order is not the order of the file; a problems list reads best top to bottom.
        problems.sort(Comparator.comparing((ModelProblem p) -> p.location().file())
                .thenComparingInt(p -> p.location().line()).thenComparingInt(p -> p.location().column()));
        return new ModelResult(model, problems);
    }

    /** Reads one element of a top-level section from its name, the name's location and its value. */
    private interface ElementReader<T> {
        T read(String key, SourceLocation keyLocation, YValue value);
    }

    private static <T> Map<String, T> elements(Attributes a, String section, ElementReader<T> reader) {
        Optional<Map<String, T>> read = a.read(section, v -> a.mapping(v, section).map(m -> {
            Map<String, T> out = new LinkedHashMap<>();
            m.entryList().forEach(e -> out.put(e.key(), reader.read(e.key(), e.keyLocation(), e.value())));
            return out;
        }));
        return read.orElse(Map.of());
    }
}

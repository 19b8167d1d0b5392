package org.stackcanvas.model;

import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/** Reads {@code build}, short form (the context) or long form, into one {@link BuildSpec}. */
final class BuildReader {

    private final Consumer<ModelProblem> problems;
    private final MountReader mounts;
    private final LinkReader links;
    private final RuntimeReader runtime;

    BuildReader(Consumer<ModelProblem> problems, MountReader mounts, LinkReader links, RuntimeReader runtime) {
        this.problems = problems;
        this.mounts = mounts;
        this.links = links;
        this.runtime = runtime;
    }

    Optional<BuildSpec> build(YValue v) {
        if (v instanceof YScalar s) {
            return Optional.of(BuildSpec.ofContext(s.text(), s.location()));
        }
        if (!(v instanceof YMap m)) {
            problems.accept(new ModelProblem(v.location(),
                    "build must be a context path or a mapping, not " + v.describeKind()));
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "build.", problems);
        return Optional.of(new BuildSpec(
                a.string("context"),
                a.string("dockerfile"),
                a.string("dockerfile_inline"),
                a.string("target"),
                a.keyValues("args"),
                a.keyValues("ssh"),
                a.keyValues("labels"),
                a.strings("cache_from"),
                a.strings("cache_to"),
                a.bool("no_cache"),
                a.stringOrList("no_cache_filter"),
                a.keyValues("additional_contexts"),
                a.string("network"),
                a.string("provenance"),
                a.string("sbom"),
                a.bool("pull"),
                a.byteSize("shm_size"),
                a.readList("extra_hosts", links::extraHosts),
                a.string("isolation"),
                a.bool("privileged"),
                a.items("secrets", i -> mounts.fileReference(i, "secret")),
                a.strings("tags"),
                a.readList("ulimits", runtime::ulimits),
                a.strings("platforms"),
                a.strings("entitlements"),
                false,
                a.rest(),
                a.extensions(),
                m.location()));
    }
}

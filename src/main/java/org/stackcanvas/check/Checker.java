package org.stackcanvas.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.check.dockerfile.DockerfileScope;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;
import org.stackcanvas.model.ComposeModel;
import org.stackcanvas.model.ModelBuilder;
import org.stackcanvas.model.Service;
import org.stackcanvas.project.ComposeFileDiscovery;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

/**
 * Runs the checks in tiers: YAML syntax, the Compose Specification schema, then the rules
 * (references, conflicts, security, reliability, images, Dockerfiles, style). Keeps per-service
 * caches, so checking again after an edit only re-runs service rules and schema checks for the
 * services whose resolved value changed. One checker per open project; not thread-safe.
 */
public final class Checker {


    private final RuleRegistry registry;
    private final SchemaValidator schema;
    private final DocumentParser parser = new DocumentParser();
    private final Map<String, CachedFindings> serviceCache = new HashMap<>();
    /** Per file and service: the findings about the service as written (see {@link #writtenFindings}). */
    private final Map<String, CachedFindings> writtenCache = new HashMap<>();
    private final List<WrittenServiceRule> writtenRules;
    private final DockerfileCache dockerfiles = new DockerfileCache();
    private final Map<String, SchemaValidator.TopLevelMemo> topLevelMemos = new HashMap<>();
    private final Map<String, CachedService> modelCache = new HashMap<>();
    /**
     * This run's service values that {@link #model} found equal, positions included, to the previous
     * run's value (the map's value), so the service-rule cache need not compare them again.
     */
    private final Map<YValue, YValue> unchangedServices = new IdentityHashMap<>();
    /** Services whose value in the (single) compose file the schema tier found unchanged this run. */
    private final java.util.Set<String> unchangedInDocument = new java.util.HashSet<>();
    /** The environment the previous run interpolated with. */
    private Map<String, String> lastEnvironment;

    /** {@code spans}: how the file that held {@code value} was written, when known. */
    private record CachedFindings(YValue value, SourceLocation base, List<Finding> findings, ServiceSpans spans) {
    }

    public Checker(RuleRegistry registry, SchemaValidator schema) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.writtenRules = registry.rules().stream().filter(WrittenServiceRule.class::isInstance)
                .map(WrittenServiceRule.class::cast).toList();
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** Reads and checks a compose file, or the project in a folder, with the folder's config. */
    public CheckResult lint(Path target, Map<String, String> environment) {
        CheckInput input = read(target, environment);
        CheckConfig config;
        try {
            config = CheckConfig.load(input.directory());
        } catch (DocumentException e) {
            List<Finding> findings = new ArrayList<>(check(input, CheckConfig.defaults()).findings());
            findings.add(0, registry.engine(EngineRule.PROJECT_LOAD).make(e.getMessage(), e.location()));
            return new CheckResult(findings, 0, 0, 0);
        }
        return check(input, config);
    }

    /** Parses the files of {@code target} (a compose file or a project folder) and loads the project. */
    public CheckInput read(Path target, Map<String, String> environment) {
        Path absolute = target.toAbsolutePath().normalize();
        Path directory = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        List<Path> files;
        try {
            files = Files.isDirectory(absolute)
                    ? new ComposeFileDiscovery().discover(absolute, environment).files() : List.of(absolute);
        } catch (DocumentException e) {
            return new CheckInput(directory, List.of(), List.of(), Optional.empty(), Optional.of(e));
        }
        if (!files.isEmpty()) {
            directory = files.get(0).getParent();
        }
        List<ComposeDocument> documents = new ArrayList<>();
        List<Finding> syntax = new ArrayList<>();
        Map<Path, ComposeDocument> open = new LinkedHashMap<>();
        for (Path file : files) {
            String name = slashes(directory.relativize(file).toString());
            try {
                ComposeDocument doc = parser.parse(name, file, Files.readAllBytes(file));
                documents.add(doc);
                open.put(file, doc);
                if (doc.root().isEmpty()) {
                    syntax.add(registry.engine(EngineRule.EMPTY_FILE).make("the file is empty: a compose file "
                            + "needs at least a 'services:' section", SourceLocation.file(name)));
                }
            } catch (DocumentException e) {
                syntax.add(registry.engine(EngineRule.YAML_SYNTAX).make(e.getMessage(), e.location()));
            } catch (IOException e) {
                syntax.add(registry.engine(EngineRule.YAML_SYNTAX).make("cannot read the file: " + e.getMessage(),
                        SourceLocation.file(name).withoutPosition()));
            }
        }
        if (!syntax.isEmpty()) {
            return new CheckInput(directory, documents, syntax, Optional.empty(), Optional.empty());
        }
        try {
            LoadedProject project = new ProjectLoader().load(ProjectOptions.builder(directory).configFiles(files)
                    .projectDirectory(directory).environment(environment).build(), open);
            return new CheckInput(directory, project.documents(), syntax, Optional.of(project), Optional.empty());
        } catch (DocumentException e) {
            return new CheckInput(directory, documents, syntax, Optional.empty(), Optional.of(e));
        } catch (RuntimeException e) {
            return new CheckInput(directory, documents, syntax, Optional.empty(), Optional.of(
                    new DocumentException(SourceLocation.file(documents.isEmpty() ? "" : documents.get(0).name()),
                            "the project could not be loaded: " + e)));
        }
    }

    public CheckResult check(CheckInput input, CheckConfig config) {
        long start = System.nanoTime();
        List<Finding> raw = new ArrayList<>(input.syntaxFindings());
        boolean syntaxFailed = !input.syntaxFindings().isEmpty();
        int[] counts = new int[2];
        CheckContext context = null;
        if (!syntaxFailed || !input.documents().isEmpty()) {
            unchangedInDocument.clear();
            boolean schemaOn = config.isEnabled(registry.engine(EngineRule.SCHEMA));
            for (ComposeDocument doc : input.documents()) {
                raw.addAll(writtenFindings(doc, schemaOn));
            }
            context = context(input);
            input.loadError().ifPresent(e -> raw.add(loadFinding(e, raw)));
            for (Rule rule : registry.rules()) {
                if (rule instanceof ServiceRule || rule instanceof WrittenServiceRule || rule instanceof EngineRule
                        || !config.isEnabled(rule)) {
                    continue;
                }
                raw.addAll(rule.check(context));
            }
            raw.addAll(serviceFindings(context, counts));
        }
        List<Finding> reported = FindingsReport.of(raw, registry, config, input.documents(), context);
        return new CheckResult(reported, counts[0], counts[1], System.nanoTime() - start);
    }

    private Finding loadFinding(DocumentException e, List<Finding> known) {
        return registry.engine(EngineRule.PROJECT_LOAD).make(e.getMessage(), e.location());
    }

    /**
     * The schema's findings for one file as written (when the schema check is on) and those of the
     * {@link WrittenServiceRule}s, whether on or not ({@link #finish} drops what is off), cached per
     * service. Also notes which services are written unchanged since the previous run.
     */
    private List<Finding> writtenFindings(ComposeDocument doc, boolean schemaOn) {
        YValue tree = doc.tree();
        List<Finding> out = new ArrayList<>();
        if (schemaOn && doc.root().isPresent()) {
            out.addAll(schema.checkTopLevel(tree,
                    topLevelMemos.computeIfAbsent(doc.name(), n -> new SchemaValidator.TopLevelMemo())));
        }
        if (tree instanceof YMap top && top.get("services") instanceof YMap services) {
            ServiceSpans spans = ServiceSpans.of(doc);
            String prefix = doc.name() + (schemaOn ? "\u0000schema\u0000" : "\u0000\u0000");
            for (YMap.Entry e : services.entryList()) {
                int[] counts = new int[2];
                out.addAll(cached(writtenCache, prefix + e.key(), e.value(), e.keyLocation(), () -> {
                    List<Finding> found = new ArrayList<>();
                    if (schemaOn) {
                        found.addAll(schema.checkService(e.key(), e.value()));
                    }
                    for (WrittenServiceRule rule : writtenRules) {
                        rule.checkWritten(doc.name(), e.key(), e.value(), found);
                    }
                    return found;
                }, counts, Map.of(), spans, e.key()));
                if (counts[1] == 1) {
                    unchangedInDocument.add(e.key());
                }
            }
        }
        return out;
    }

    private List<Finding> serviceFindings(CheckContext context, int[] counts) {
        List<Finding> out = new ArrayList<>();
        List<ServiceRule> rules = registry.rules().stream().filter(ServiceRule.class::isInstance)
                .map(ServiceRule.class::cast).toList();
        for (ServiceScope scope : context.services()) {
            out.addAll(cached(serviceCache, scope.name(), scope.value(), scope.service().location(), () -> {
                List<Finding> found = new ArrayList<>();
                for (ServiceRule rule : rules) {
                    rule.checkService(scope, found);
                }
                return found;
            }, counts, unchangedServices, null, null));
        }
        return out;
    }

    private interface Producer {
        List<Finding> get();
    }

    private static List<Finding> cached(Map<String, CachedFindings> cache, String key, YValue value,
            SourceLocation base, Producer producer, int[] counts, Map<YValue, YValue> knownSame, ServiceSpans spans,
            String service) {
        CachedFindings hit = cache.get(key);
        if (hit != null && hit.base().file().equals(base.file()) && hit.base().column() == base.column()
                && ((hit.value() == value || knownSame.get(value) == hit.value()) && hit.base().equals(base)
                        || spans != null && spans.sameAs(hit.spans(), service)
                        || Fingerprint.same(hit.value(), hit.base(), value, base))) {
            if (counts != null) {
                counts[1]++;
            }
            int delta = base.line() - hit.base().line();
            List<Finding> found = delta == 0 ? hit.findings()
                    : hit.findings().stream().map(f -> Fingerprint.shift(f, base.file(), delta)).toList();
            if (hit.value() != value || hit.spans() != spans) {
                // Keep the latest value, so the next run compares against what the model cache saw.
                cache.put(key, new CachedFindings(value, base, found, spans));
            }
            return found;
        }
        if (counts != null) {
            counts[0]++;
        }
        List<Finding> found = List.copyOf(producer.get());
        cache.put(key, new CachedFindings(value, base, found, spans));
        return found;
    }

    private CheckContext context(CheckInput input) {
        YMap tree;
        Map<String, String> environment = Map.of();
        YMap inactive;
        List<org.stackcanvas.project.LoadWarning> warnings = List.of();
        if (input.project().isPresent()) {
            LoadedProject p = input.project().get();
            tree = p.model();
            environment = p.environment().asMap();
            inactive = p.inactiveServices();
            warnings = p.warnings();
        } else {
            YValue first = input.documents().isEmpty() ? null : input.documents().get(0).tree();
            tree = first instanceof YMap m ? m : YMap.empty(first == null ? SourceLocation.UNKNOWN : first.location());
            inactive = YMap.empty(tree.location());
        }
        // With one compose file and the same environment, a service whose written value is unchanged
        // (the schema tier just compared it) interpolates to the same value, unless it extends another.
        boolean sameInputs = input.documents().size() == 1 && !tree.has("include")
                && environment.equals(lastEnvironment);
        lastEnvironment = environment;
        ComposeModel model = model(tree, sameInputs ? unchangedInDocument : java.util.Set.of());
        YMap services = tree.map("services").orElse(YMap.empty(tree.location()));
        List<ServiceScope> scopes = new ArrayList<>();
        List<DockerfileScope> dockerfiles = new ArrayList<>();
        for (Service service : model.services().values()) {
            if (!(services.get(service.name()) instanceof YMap value)) {
                continue;
            }
            scopes.add(new ServiceScope(service.name(), service, value, service.location().file()));
            service.build().flatMap(b -> this.dockerfiles.of(input.directory(), b)).ifPresent(
                    d -> dockerfiles.add(new DockerfileScope(service.name(), d)));
        }
        return new CheckContext(input.documents(), tree, model, input.directory(), environment, warnings, inactive,
                scopes, dockerfiles, input.loadError());
    }

    /**
     * The typed model, re-using each service's typed form while its value and position are
     * unchanged: building 1000 services is most of a re-check otherwise.
     */
    private ComposeModel model(YMap tree, java.util.Set<String> unchangedAsWritten) {
        unchangedServices.clear();
        if (!(tree.get("services") instanceof YMap services)) {
            return new ModelBuilder().build(tree).model();
        }
        ComposeModel top = new ModelBuilder().build(tree.without("services")).model();
        Map<String, Service> built = new LinkedHashMap<>();
        Map<String, CachedService> seen = new HashMap<>();
        for (YMap.Entry e : services.entryList()) {
            CachedService hit = modelCache.get(e.key());
            Service service;
            if (hit != null && hit.keyLocation().equals(e.keyLocation()) && (hit.value() == e.value()
                    || unchangedAsWritten.contains(e.key()) && !(e.value() instanceof YMap m && m.has("extends"))
                    || Fingerprint.same(hit.value(), hit.keyLocation(), e.value(), e.keyLocation()))) {
                service = hit.service();
                unchangedServices.put(e.value(), hit.value());
            } else {
                YMap one = YMap.empty(tree.location()).with(new YMap.Entry("services", tree.keyLocation("services"),
                        YMap.empty(services.location()).with(e)));
                service = new ModelBuilder().build(one).model().services().get(e.key());
            }
            if (service != null) {
                built.put(e.key(), service);
                seen.put(e.key(), new CachedService(e.value(), e.keyLocation(), service));
            }
        }
        modelCache.clear();
        modelCache.putAll(seen);
        return new ComposeModel(top.name(), top.version(), top.includes(), built, top.networks(), top.volumes(),
                top.secrets(), top.configs(), top.models(), top.otherAttributes(), top.extensions(), top.location());
    }

    private record CachedService(YValue value, SourceLocation keyLocation, Service service) {
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}

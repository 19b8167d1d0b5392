package org.stackcanvas.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YTag;
import org.stackcanvas.document.YValue;

/**
 * Applies {@code extends} to the services of one file: the base service (from the same file or
 * from {@code file:}, relative to the extending file) is resolved first, recursively, then the
 * extending service is merged over it with the same rules as override files. A base from another
 * file has its relative paths moved so they still point into that file's folder. Cycles are
 * reported with the whole chain, in the order it was followed.
 */
final class ExtendsResolver {

    /** A service in a file, for cycle messages. */
    private record Ref(String file, String service) {
        @Override
        public String toString() {
            return service + " (" + file + ")";
        }
    }

    /** The services of one file and those already resolved. */
    private static final class Unit {
        final FileContext context;
        final YMap services;
        final Map<String, YValue> resolved = new HashMap<>();

        Unit(FileContext context, YMap services) {
            this.context = context;
            this.services = services;
        }
    }

    private final LoadSession session;
    private final ModelMerger merger;
    private final Scope scope;
    private final Map<Path, Unit> otherFiles = new HashMap<>();

    ExtendsResolver(LoadSession session, ModelMerger merger, Scope scope) {
        this.session = Objects.requireNonNull(session, "session");
        this.merger = Objects.requireNonNull(merger, "merger");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** The file's model with every service's {@code extends} applied and removed. */
    YMap resolve(YMap model, FileContext context) throws DocumentException {
        if (!(model.get("services") instanceof YMap services)) {
            return model;
        }
        Unit unit = new Unit(context, services);
        Map<String, YMap.Entry> entries = new LinkedHashMap<>();
        for (YMap.Entry e : services.entryList()) {
            entries.put(e.key(), e.withValue(resolve(unit, e.key(), List.of())));
        }
        return model.with("services", services.withEntries(entries));
    }

    private YValue resolve(Unit unit, String name, List<Ref> chain) throws DocumentException {
        YValue known = unit.resolved.get(name);
        if (known != null) {
            return known;
        }
        YValue value = unit.services.get(name);
        if (!(value instanceof YMap service) || !service.has("extends") || value.tag() == YTag.RESET) {
            unit.resolved.put(name, value);
            return value;
        }
        YValue extendsValue = service.get("extends");
        YScalar serviceRef;
        YScalar fileRef = null;
        if (extendsValue instanceof YScalar s && !s.isNull()) {
            serviceRef = s;
        } else if (extendsValue instanceof YMap m) {
            if (!(m.get("service") instanceof YScalar s) || s.isNull()) {
                throw new DocumentException(extendsValue.location(),
                        "extends needs a service: add 'service: <name>' naming the service to extend");
            }
            serviceRef = s;
            if (m.get("file") instanceof YScalar f && !f.isNull()) {
                fileRef = f;
            }
        } else {
            throw new DocumentException(extendsValue.location(), "extends must be a service name or a mapping "
                    + "with service (and optionally file), not " + extendsValue.describeKind());
        }
        String ref = serviceRef.text();
        Unit target = fileRef == null ? unit : otherFile(unit, fileRef);
        if (!target.services.has(ref)) {
            String where = target == unit ? "this file" : target.context.name();
            throw new DocumentException(serviceRef.location(), "cannot extend service '" + name
                    + "': there is no service '" + ref + "' in " + where + "; check the name" + known(target));
        }
        List<Ref> next = new ArrayList<>(chain);
        next.add(new Ref(unit.context.name(), name));
        Ref targetRef = new Ref(target.context.name(), ref);
        if (next.contains(targetRef)) {
            next.add(targetRef);
            throw new DocumentException(service.keyLocation("extends"), "extends cycle: "
                    + next.stream().map(Ref::toString).collect(Collectors.joining(" extends "))
                    + "; a service cannot extend itself, remove one of these extends");
        }
        YValue base = resolve(target, ref, next);
        YMap result;
        if (base instanceof YMap baseService && base.tag() != YTag.RESET) {
            YMap moved = target == unit ? baseService : (YMap) PathRebaser
                    .between(unit.context.baseDirectory(), target.context.baseDirectory()).service(baseService);
            result = (YMap) merger.merge(moved, service, TreePath.of("services", name));
        } else {
            result = service;
        }
        result = result.without("extends");
        unit.resolved.put(name, result);
        return result;
    }

    private Unit otherFile(Unit from, YScalar fileRef) throws DocumentException {
        Path file = FileContext.resolve(from.context.folder(), fileRef);
        Unit known = otherFiles.get(file);
        if (known != null) {
            return known;
        }
        YMap model = session.model(file, scope, fileRef.location(), "the extends file");
        FileContext context = new FileContext(session.names().of(file), file, file.getParent());
        YMap services = model.get("services") instanceof YMap m ? m : YMap.empty(SourceLocation.file(context.name()));
        Unit unit = new Unit(context, services);
        otherFiles.put(file, unit);
        return unit;
    }

    private static String known(Unit unit) {
        if (unit.services.size() == 0) {
            return " (it defines no services)";
        }
        return " (services there: " + String.join(", ", unit.services.keys()) + ")";
    }
}

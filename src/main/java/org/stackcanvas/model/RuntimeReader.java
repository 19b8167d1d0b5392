package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;

/**
 * Reads what a service runs and with which runtime settings: commands, healthcheck, hooks,
 * env files, logging, ulimits, devices and device requests.
 */
final class RuntimeReader {

    private final Consumer<ModelProblem> problems;

    RuntimeReader(Consumer<ModelProblem> problems) {
        this.problems = problems;
    }

    /** {@code command}, {@code entrypoint} or a hook's command: a string split like a shell, or a list. */
    Optional<CommandLine> command(YValue v, String what) {
        if (v instanceof YScalar s) {
            Parsed<CommandSyntax.Words> words = CommandSyntax.parse(s.text());
            words.error().ifPresent(m -> problem(s, what + ": " + m));
            return words.value().map(w -> new CommandLine(CommandLine.Form.STRING, Optional.of(s.text()), w.tokens(),
                    w.ignored(), s.location()));
        }
        if (v instanceof YList l) {
            return Optional.of(new CommandLine(CommandLine.Form.LIST, Optional.empty(), words(l, what), Optional.empty(),
                    l.location()));
        }
        problem(v, what + " must be a string or a list of strings, not " + v.describeKind());
        return Optional.empty();
    }

    Healthcheck healthcheck(Attributes a) {
        Optional<String> testText = a.peek("test").filter(YScalar.class::isInstance).map(v -> ((YScalar) v).text());
        List<String> test = a.readList("test", v -> v instanceof YScalar s
                ? Optional.of(List.of("CMD-SHELL", s.text()))
                : a.list(v, "test").map(l -> words(l, "healthcheck.test")));
        Healthcheck h = new Healthcheck(test, testText, a.duration("interval"), a.duration("timeout"),
                a.integer("retries"), a.duration("start_period"), a.duration("start_interval"),
                a.bool("disable").orElse(false), a.extensions(), a.location());
        a.rejectRest("healthcheck");
        return h;
    }

    Optional<ServiceHook> hook(YValue v, String what) {
        if (!(v instanceof YMap m)) {
            problem(v, what + " entries must be mappings with a command, not " + v.describeKind());
            return Optional.empty();
        }
        Attributes a = new Attributes(m, what + ".", problems);
        Optional<CommandLine> command = a.read("command", c -> command(c, what + ".command"));
        Optional<String> user = a.string("user");
        Optional<Boolean> privileged = a.bool("privileged");
        Optional<String> workingDir = a.string("working_dir");
        List<EnvVar> environment = environment(a);
        Optional<ServiceHook> hook = command.map(c -> new ServiceHook(c, user, privileged, workingDir, environment,
                a.extensions(), m.location()));
        a.rejectRest("a " + what + " hook");
        if (command.isEmpty()) {
            a.problem(m.location(), what + " hooks need a command");
        }
        return hook;
    }

    List<EnvVar> environment(Attributes a) {
        return a.readList("environment", v -> a.listOrMap(v, "environment").map(x -> EnvironmentSyntax.parse(x, problems)));
    }

    Optional<List<EnvFile>> envFiles(YValue v) {
        if (v instanceof YScalar s) {
            return Optional.of(List.of(new EnvFile(s.text(), true, Optional.empty(), s.location())));
        }
        if (!(v instanceof YList l)) {
            problem(v, "env_file must be a path or a list, not " + v.describeKind());
            return Optional.empty();
        }
        List<EnvFile> out = new ArrayList<>();
        for (YValue item : l.items()) {
            if (item instanceof YScalar s && !s.isNull()) {
                out.add(new EnvFile(s.text(), true, Optional.empty(), s.location()));
            } else if (item instanceof YMap m) {
                Attributes a = new Attributes(m, "env_file.", problems);
                Optional<String> path = a.string("path");
                EnvFile file = new EnvFile(path.orElse(""), a.bool("required").orElse(true), a.string("format"),
                        m.location());
                a.rejectRest("an env_file entry");
                path.ifPresentOrElse(p -> out.add(file), () -> a.problem(m.location(), "env_file entries need a path"));
            } else {
                problem(item, "env_file entries must be paths or mappings, not " + item.describeKind());
            }
        }
        return Optional.of(out);
    }

    Logging logging(Attributes a) {
        Logging l = new Logging(a.string("driver"), a.stringMap("options"), a.extensions(), a.location());
        a.rejectRest("logging");
        return l;
    }

    Optional<List<Ulimit>> ulimits(YValue v) {
        if (!(v instanceof YMap map)) {
            problem(v, "ulimits must be a mapping of limit names, not " + v.describeKind());
            return Optional.empty();
        }
        List<Ulimit> out = new ArrayList<>();
        for (YMap.Entry e : map.entryList()) {
            if (e.value() instanceof YScalar s) {
                Parsed<Long> single = ValueSyntax.integer(s.text());
                single.error().ifPresent(m -> problem(s, "ulimits." + e.key() + ": " + m));
                single.value().ifPresent(n -> out.add(new Ulimit(e.key(), Optional.of(n), Optional.empty(),
                        Optional.empty(), Map.of(), e.keyLocation())));
            } else if (e.value() instanceof YMap m) {
                Attributes a = new Attributes(m, "ulimits." + e.key() + ".", problems);
                out.add(new Ulimit(e.key(), Optional.empty(), a.integer("soft"), a.integer("hard"), a.extensions(),
                        e.keyLocation()));
                a.rejectRest("a ulimit");
            } else {
                problem(e.value(), "ulimits." + e.key() + " must be a number or soft/hard limits");
            }
        }
        return Optional.of(out);
    }

    Optional<DeviceMapping> device(YValue v) {
        if (v instanceof YScalar s && !s.isNull()) {
            Parsed<DeviceMapping> d = DeviceSyntax.parse(s.text(), s.location());
            d.error().ifPresent(m -> problem(s, m));
            return d.value();
        }
        if (!(v instanceof YMap m)) {
            problem(v, "devices entries must be strings or mappings, not " + v.describeKind());
            return Optional.empty();
        }
        Attributes a = new Attributes(m, "devices.", problems);
        Optional<String> source = a.string("source");
        DeviceMapping d = new DeviceMapping(source.orElse(""), a.string("target"), a.string("permissions"),
                Optional.empty(), a.extensions(), m.location());
        a.rejectRest("a device");
        if (source.isEmpty()) {
            a.problem(m.location(), "a device needs a source (the host device)");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /** {@code gpus}: {@code all}, or a list of device requests. */
    Optional<List<DeviceRequest>> gpus(YValue v) {
        if (v instanceof YScalar s) {
            if (!s.text().equals("all")) {
                problem(s, "gpus must be 'all' or a list of device requests, not '" + s.text() + "'");
                return Optional.empty();
            }
            return Optional.of(List.of(DeviceRequest.allGpus(s.location())));
        }
        return deviceRequests(v, "gpus");
    }

    Optional<List<DeviceRequest>> deviceRequests(YValue v, String what) {
        if (!(v instanceof YList l)) {
            problem(v, what + " must be a list of device requests, not " + v.describeKind());
            return Optional.empty();
        }
        List<DeviceRequest> out = new ArrayList<>();
        for (YValue item : l.items()) {
            if (item instanceof YMap m) {
                Attributes a = new Attributes(m, what + ".", problems);
                out.add(new DeviceRequest(a.strings("capabilities"),
                        a.read("count", c -> a.scalar(c, "count").map(YScalar::text)), a.strings("device_ids"),
                        a.string("driver"), a.keyValues("options"), a.extensions(), m.location()));
                a.rejectRest("a device request");
            } else {
                problem(item, what + " entries must be mappings, not " + item.describeKind());
            }
        }
        return Optional.of(out);
    }

    private List<String> words(YList list, String what) {
        List<String> out = new ArrayList<>();
        for (YValue item : list.items()) {
            if (item instanceof YScalar s) {
                out.add(s.text());
            } else {
                problem(item, what + " entries must be strings, not " + item.describeKind());
            }
        }
        return out;
    }

    private void problem(YValue at, String message) {
        problems.accept(new ModelProblem(at.location(), message));
    }
}

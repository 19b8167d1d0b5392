package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.AtomicFileWriter;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.edit.Command;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;

/** {@code edit FILE --op '...' [--op ...] [-o OUT]}: the editor's commands, headless. */
final class EditCli implements CliCommand {

    @Override
    public String name() {
        return "edit";
    }

    @Override
    public String summary() {
        return "apply edits (set-image, set-env, rename-service, ...) and print or save the result";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas edit FILE --op 'OP ARGS...' [--op ...] [-o OUT]

                Applies each op in order through the same commands the editor uses. Only the
                lines an edit must touch change; comments, anchors and formatting stay. The
                result goes to standard output, or atomically to OUT with -o (OUT may be FILE).
                Quote an op's words like a shell: --op "set-env web GREETING 'hello world'".

                Ops:
                """ + EditOps.usage() + """

                Exit status: 0 on success, 1 when the file cannot be loaded or an edit is
                impossible (nothing is written then), 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException {
        ArgReader reader = new ArgReader("edit", args);
        String file = null;
        String output = null;
        List<String> ops = new ArrayList<>();
        while (reader.hasNext()) {
            if (reader.isOption()) {
                String option = reader.take();
                switch (option) {
                    case "--op" -> ops.add(reader.value(option));
                    case "-o", "--output" -> output = reader.value(option);
                    default -> throw reader.unknown(option);
                }
            } else if (file == null) {
                file = reader.take();
            } else {
                throw new UsageException("edit: only one FILE; got '" + reader.take() + "' too");
            }
        }
        if (file == null || ops.isEmpty()) {
            throw new UsageException("edit: needs a FILE and at least one --op (see 'edit --help')");
        }
        List<Command> commands = new ArrayList<>();
        ComposeDocument doc = new DocumentParser().read(Path.of(file));
        for (String op : ops) {
            commands.add(EditOps.parse(doc.name(), op));
        }
        DocumentStore store = DocumentStore.of(doc);
        CommandStack stack = new CommandStack(store);
        for (Command command : commands) {
            stack.execute(command);
        }
        byte[] result = store.get(doc.name()).toBytes();
        if (output == null) {
            out.write(result, 0, result.length);
            out.flush();
        } else {
            new AtomicFileWriter().write(Path.of(output), result, null);
        }
        return 0;
    }
}

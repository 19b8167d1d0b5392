package org.stackcanvas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;

/** {@code roundtrip FILE}: load and write back with no edits (the bytes must not change). */
final class RoundtripCli implements CliCommand {

    @Override
    public String name() {
        return "roundtrip";
    }

    @Override
    public String summary() {
        return "load a compose file and print it back unchanged (a check that nothing is lost)";
    }

    @Override
    public String help() {
        return """
                Usage: stackcanvas roundtrip FILE

                Loads FILE as the editor does and writes it to standard output with no edits.
                The output is byte-identical to the input: comments, anchors, quoting, line
                endings, BOM and the missing final newline are all kept.

                Exit status: 0 on success, 1 when the file cannot be loaded, 2 on wrong usage.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException, DocumentException {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException("roundtrip: expected exactly one FILE (see 'roundtrip --help')");
        }
        ComposeDocument doc = new DocumentParser().read(Path.of(args.get(0)));
        out.write(doc.toBytes(), 0, doc.toBytes().length);
        out.flush();
        return 0;
    }
}

package org.stackcanvas.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import org.stackcanvas.document.YList;
import org.stackcanvas.document.YScalar;
import org.stackcanvas.document.YValue;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.edit.SetListAttributeCommand;
import org.stackcanvas.model.CommandSyntax;
import org.stackcanvas.model.Parsed;

/** {@code command} and {@code entrypoint}, kept in the form (string or list) the file uses. */
final class CommandSection extends InspectorSection {

    private final CommitField command = new CommitField("command");
    private final CommitField entrypoint = new CommitField("entrypoint");
    private ServiceContext ctx;

    CommandSection() {
        super("Command", "section-command");
        command.validator(CommandSection::check).onCommit(text -> write("command", text));
        entrypoint.validator(CommandSection::check).onCommit(text -> write("entrypoint", text));
        row("Command", command);
        row("Entrypoint", entrypoint);
    }

    private static java.util.Optional<String> check(String text) {
        return text.isBlank() ? java.util.Optional.empty() : CommandSyntax.parse(text).error();
    }

    private boolean write(String attribute, String text) {
        String doc = ctx.doc(attribute);
        if (text.isBlank()) {
            return ctx.execute(new SetAttributeCommand(doc, ctx.name(), attribute, null));
        }
        if (ctx.raw(attribute).orElse(null) instanceof YList) {
            Parsed<CommandSyntax.Words> words = CommandSyntax.parse(text);
            return ctx.execute(new SetListAttributeCommand(doc, ctx.name(), List.of(attribute), words.get().tokens()));
        }
        return ctx.execute(new SetAttributeCommand(doc, ctx.name(), attribute, text.trim()));
    }

    @Override
    void update(ServiceContext c) {
        this.ctx = c;
        command.show(line(c.raw("command").orElse(null)), line(c.resolved("command").orElse(null)));
        entrypoint.show(line(c.raw("entrypoint").orElse(null)), line(c.resolved("entrypoint").orElse(null)));
    }

    /** A command as one editable line: a string as written, a list as shell words. */
    static String line(YValue value) {
        if (value instanceof YScalar s) {
            return s.kind() == YScalar.Kind.NULL ? "" : s.text();
        }
        if (value instanceof YList list) {
            List<String> words = new ArrayList<>();
            for (YValue item : list.items()) {
                words.add(item instanceof YScalar s ? s.text() : String.valueOf(item));
            }
            return Words.join(words);
        }
        return "";
    }
}

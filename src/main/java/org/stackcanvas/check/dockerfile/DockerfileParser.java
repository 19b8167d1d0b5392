package org.stackcanvas.check.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small Dockerfile reader, enough for lint rules: instructions with their line numbers,
 * continuation lines (the {@code escape} parser directive is honoured), comment lines inside a
 * continuation skipped as BuildKit does, and here-documents ({@code RUN <<EOF ... EOF}) kept whole.
 * It never fails: a line it cannot read becomes an instruction with an odd keyword.
 */
public final class DockerfileParser {

    private static final Pattern ESCAPE_DIRECTIVE = Pattern.compile("#\\s*escape\\s*=\\s*(\\S)\\s*");
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*[\"']?([A-Za-z_][A-Za-z0-9_]*)[\"']?");

    public Dockerfile parse(String name, String text) {
        String[] lines = text.split("\r?\n", -1);
        char escape = '\\';
        int first = 0;
        // Parser directives come first, before any comment, blank line or instruction.
        while (first < lines.length && lines[first].startsWith("#")) {
            Matcher m = ESCAPE_DIRECTIVE.matcher(lines[first].trim());
            if (m.matches()) {
                escape = m.group(1).charAt(0);
            } else if (!lines[first].matches("#\\s*[a-zA-Z]+\\s*=.*")) {
                break;
            }
            first++;
        }
        List<Instruction> out = new ArrayList<>();
        int i = first;
        while (i < lines.length) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder joined = new StringBuilder();
            String current = line;
            while (true) {
                if (current.endsWith(String.valueOf(escape))) {
                    joined.append(current, 0, current.length() - 1).append(' ');
                    i++;
                    // Blank and comment lines inside a continuation are skipped.
                    while (i < lines.length && (lines[i].isBlank() || lines[i].strip().startsWith("#"))) {
                        i++;
                    }
                    if (i >= lines.length) {
                        break;
                    }
                    current = lines[i].strip();
                } else {
                    joined.append(current);
                    break;
                }
            }
            String all = joined.toString().strip();
            Matcher heredoc = HEREDOC.matcher(all);
            if (heredoc.find() && !all.startsWith("#")) {
                String end = heredoc.group(1);
                while (i + 1 < lines.length && !lines[i + 1].strip().equals(end)) {
                    i++;
                    all = all + "\n" + lines[i];
                }
                if (i + 1 < lines.length) {
                    i++;
                }
            }
            int space = indexOfWhitespace(all);
            String keyword = space < 0 ? all : all.substring(0, space);
            String arguments = space < 0 ? "" : all.substring(space).strip();
            out.add(new Instruction(keyword, arguments, start + 1, i + 1));
            i++;
        }
        return new Dockerfile(name, out);
    }

    private static int indexOfWhitespace(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isWhitespace(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }
}

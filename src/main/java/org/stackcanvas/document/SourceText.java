package org.stackcanvas.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The exact text of a file and what is needed to write it back byte for byte: whether it started
 * with a UTF-8 byte order mark, and the line ending to use for new lines.
 */
public final class SourceText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String text;
    private final boolean bom;
    private final String lineEnding;

    public SourceText(String text, boolean bom) {
        this.text = Objects.requireNonNull(text, "text");
        this.bom = bom;
        this.lineEnding = dominantLineEnding(text);
    }

    /**
     * Decodes file bytes as UTF-8 (the only encoding Compose reads). Invalid UTF-8 and binary data
     * are refused with the line and column where they start.
     */
    public static SourceText decode(String fileName, byte[] bytes) throws DocumentException {
        boolean hasBom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int start = hasBom ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            SourceLocation at = locate(fileName, out, out.length());
            throw new DocumentException(at, "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " at byte offset " + in.position()
                    + "); save it as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new DocumentException(locate(fileName, text, nul),
                    "the file contains binary data (a NUL byte); a compose file must be text");
        }
        return new SourceText(text, hasBom);
    }

    /**
     * Line and column of a char offset, counted as the YAML parser counts them so that every
     * location agrees: columns in code points (an emoji is one column), line breaks are LF, CRLF,
     * a lone CR, NEL, LS and PS, and a byte order mark takes no column.
     */
    static SourceLocation locate(String fileName, CharSequence text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                line++;
                column = 1;
            } else if (c != '\uFEFF' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new SourceLocation(fileName, line, column);
    }

    /** Location (1-based line and column) of a char offset in this text. */
    public SourceLocation locate(String fileName, int offset) {
        return locate(fileName, text, Math.min(offset, text.length()));
    }

    private static String dominantLineEnding(String text) {
        int crlf = 0;
        int lf = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i > 0 && text.charAt(i - 1) == '\r') {
                crlf++;
            } else {
                lf++;
            }
        }
        return crlf > lf ? "\r\n" : "\n";
    }

    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    /** "\n" or "\r\n", whichever the file mostly uses; new lines are written with it. */
    public String lineEnding() {
        return lineEnding;
    }

    /** The same file framing (BOM) around other text. */
    public SourceText withText(String newText) {
        return new SourceText(newText, bom);
    }

    public byte[] toBytes() {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[body.length + 3];
        System.arraycopy(BOM, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        return all;
    }

}

package org.stackcanvas.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases mostly taken from compose-go's dotenv tests and fixtures. */
class DotEnvParserTest {

    private static final Function<String, Optional<String>> NOTHING = name -> Optional.empty();

    private final DotEnvParser parser = new DotEnvParser();

    private Map<String, String> parse(String text) throws EnvFileException {
        return parser.parse(text, ".env", NOTHING);
    }

    private Map<String, String> parse(String text, Map<String, String> outside) throws EnvFileException {
        return parser.parse(text, ".env", name -> Optional.ofNullable(outside.get(name)));
    }

    static Stream<Arguments> singleLines() {
        return Stream.of(
                arguments("FOO=bar", "FOO", "bar"),
                arguments("FOO =bar", "FOO", "bar"),
                arguments("FOO= bar", "FOO", "bar"),
                arguments(" KEY =value", "KEY", "value"),
                arguments("\tKEY=value", "KEY", "value"),
                arguments("FOO=\"bar\"", "FOO", "bar"),
                arguments("FOO='bar'", "FOO", "bar"),
                arguments("FOO=foobar=", "FOO", "foobar="),
                arguments("FOO=bar ", "FOO", "bar"),
                arguments("FOO=", "FOO", ""),
                arguments("FOO.BAR=foobar", "FOO.BAR", "foobar"),
                arguments("VAR-WITH-DASHES=dashes", "VAR-WITH-DASHES", "dashes"),
                arguments("a[1]=c", "a[1]", "c"),
                arguments("árvíztűrő-TÜKÖRFÚRÓGÉP=ÁRVÍZTŰRŐ", "árvíztűrő-TÜKÖRFÚRÓGÉP", "ÁRVÍZTŰRŐ"),
                arguments("1ST=one", "1ST", "one"),
                arguments("OPTION_A=postgres://localhost:5432/database?sslmode=disable",
                        "OPTION_A", "postgres://localhost:5432/database?sslmode=disable"),
                // YAML-like separator
                arguments("OPTION_A: 1", "OPTION_A", "1"),
                arguments("OPTION_A: Foo=bar", "OPTION_A", "Foo=bar"),
                arguments("OPTION_A=1:B", "OPTION_A", "1:B"),
                // export
                arguments("export OPTION_A=2", "OPTION_A", "2"),
                arguments("export\tOPTION_A=2", "OPTION_A", "2"),
                arguments("  export OPTION_A=2", "OPTION_A", "2"),
                arguments("export exportFoo=2", "exportFoo", "2"),
                arguments("exportFOO=2", "exportFOO", "2"),
                arguments("export_FOO =2", "export_FOO", "2"),
                arguments("export.FOO= 2", "export.FOO", "2"),
                arguments("export=2", "export", "2"),
                arguments("export OPTION_A=\"export A\"", "OPTION_A", "export A"),
                // inline comments on unquoted values need a space before '#'
                arguments("FOO=bar # this is foo", "FOO", "bar"),
                arguments("FOO=bar #this is foo", "FOO", "bar"),
                arguments("FOO=bar #", "FOO", "bar"),
                arguments("FOO=123#not-an-inline-comment", "FOO", "123#not-an-inline-comment"),
                arguments("FOO=bar\t# tab is not enough", "FOO", "bar\t# tab is not enough"),
                arguments("FOO= #starts the value", "FOO", "#starts the value"),
                // '#' inside quotes
                arguments("FOO=\"bar#baz\"", "FOO", "bar#baz"),
                arguments("FOO=\"bar#baz\"#", "FOO", "bar#baz"),
                arguments("FOO=\"bar#baz\" # comment", "FOO", "bar#baz"),
                arguments("FOO='bar#baz' # comment", "FOO", "bar#baz"),
                arguments("FOO=\"bar #baz\"", "FOO", "bar #baz"),
                // single quotes are literal, apart from \' for the quote
                arguments("FOO='a $FOO ${X:-y} \\n \\\\'", "FOO", "a $FOO ${X:-y} \\n \\\\"),
                arguments("FOO='it\\'s'", "FOO", "it's"),
                arguments("FOO=\"'d'\"", "FOO", "'d'"),
                // double-quoted escapes
                arguments("FOO=\"escaped\\\"bar\"", "FOO", "escaped\"bar"),
                arguments("FOO=\"\\\"quoted\\\"\"", "FOO", "\"quoted\""),
                arguments("FOO=\"bar\\nbaz\"", "FOO", "bar\nbaz"),
                arguments("FOO=\"a\\tb\"", "FOO", "a\tb"),
                arguments("FOO=a\\tb", "FOO", "a\\tb"),
                arguments("KEY=\"Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z\"", "KEY",
                        "Z\u0007Z\bZ\fZ\nZ\rZ\tZ\u000BZ\\ZSZ"),
                arguments("FOO=\"bar\\n\\ b\\az\"", "FOO", "bar\n\\ b\u0007z"),
                arguments("FOO=\"bar\\\\\\n\\ b\\az\"", "FOO", "bar\\\n\\ b\u0007z"),
                arguments("FOO=\"bar\\\\r\\ b\\az\"", "FOO", "bar\\r\\ b\u0007z"),
                arguments("KEY=\"\\0123\"", "KEY", "S"),
                arguments("KEY=\"\\0351\"", "KEY", "é"),
                arguments("KEY=\"\\x07\"", "KEY", "\\x07"),
                arguments("KEY=\"\\u12e4\"", "KEY", "\\u12e4"),
                arguments("KEY=\"\\c\"", "KEY", "\\c"),
                arguments("KEY=\"a\\\\\"", "KEY", "a\\"),
                // compose-go drops the 0 of an octal escape it cannot read
                arguments("KEY=\"\\012\"", "KEY", "\\12"),
                arguments("KEY=\"\\0\"", "KEY", "\\"),
                arguments("KEY=\"\\0777\"", "KEY", "\\777"),
                // an empty name is accepted, as compose-go's own tests expect
                arguments("=\"value\"", "", "value"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("singleLines")
    void parsesOneLine(String line, String key, String value) throws EnvFileException {
        assertThat(parse(line)).containsExactly(entry(key, value));
    }

    @Test
    void keepsFileOrderAndSkipsBlankLinesAndComments() throws EnvFileException {
        String text = "# leading comment\n\nZ=1\n\t # indented comment\n   \nA=2\n\n#last";
        assertThat(parse(text)).containsExactly(entry("Z", "1"), entry("A", "2"));
    }

    @Test
    void readsComposeGoPlainFixture() throws EnvFileException {
        String text = "OPTION_A=1\nOPTION_B=2\nOPTION_C= 3\nOPTION_D =4\nOPTION_E = 5\nOPTION_F = \n"
                + "OPTION_G=\nOPTION_H = my string # Inline comment\n";
        assertThat(parse(text)).containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "2"),
                entry("OPTION_C", "3"), entry("OPTION_D", "4"), entry("OPTION_E", "5"),
                entry("OPTION_F", ""), entry("OPTION_G", ""), entry("OPTION_H", "my string"));
    }

    @Test
    void readsComposeGoQuotedFixtureWithMultiLineValue() throws EnvFileException {
        String text = "OPTION_A='1'\nOPTION_B='2'\nOPTION_C=''\nOPTION_D='\\n'\nOPTION_E=\"1\"\n"
                + "OPTION_F=\"2\"\nOPTION_G=\"\"\nOPTION_H=\"\\n\"\nOPTION_I = \"echo 'asd'\"\n"
                + "OPTION_J = 'first line\nsecond line\nthird line\nand so on'\n"
                + "OPTION_Z = \"last value\"\n";
        assertThat(parse(text)).containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "2"),
                entry("OPTION_C", ""), entry("OPTION_D", "\\n"), entry("OPTION_E", "1"),
                entry("OPTION_F", "2"), entry("OPTION_G", ""), entry("OPTION_H", "\n"),
                entry("OPTION_I", "echo 'asd'"),
                entry("OPTION_J", "first line\nsecond line\nthird line\nand so on"),
                entry("OPTION_Z", "last value"));
    }

    @Test
    void doubleQuotedValueSpansLinesWithEscapesAndInterpolation() throws EnvFileException {
        String text = "HOST=db\nKEY=\"-----BEGIN-----\n  ${HOST} # not a comment\n\\tend\\\"\"\nNEXT=1\n";
        assertThat(parse(text)).containsExactly(entry("HOST", "db"),
                entry("KEY", "-----BEGIN-----\n  db # not a comment\n\tend\""), entry("NEXT", "1"));
    }

    @Test
    void interpolatesUnquotedAndDoubleQuotedValuesButNotSingleQuoted() throws EnvFileException {
        String text = "FOO=test\nA=$FOO\nB=${FOO}bar\nC=\"quote $FOO\"\nD='quote $FOO'\nE=$UNDEFINED\n"
                + "F=${UNDEFINED:-fallback}\nG=\"foo\\$FOO\"\nH=\"foo\\${FOO} ${FOO}\"\nI=$$FOO\n";
        assertThat(parse(text)).containsExactly(entry("FOO", "test"), entry("A", "test"),
                entry("B", "testbar"), entry("C", "quote test"), entry("D", "quote $FOO"), entry("E", ""),
                entry("F", "fallback"), entry("G", "foo$FOO"), entry("H", "foo${FOO} test"),
                entry("I", "$FOO"));
    }

    @Test
    void readsComposeGoSubstitutionsDefaultFixture() throws EnvFileException {
        String text = "OPTION_A=${OPTION_A:-1}\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B\n"
                + "OPTION_D=${OPTION_A}_${OPTION_B}\nOPTION_E=${OPTION_NOT_DEFINED}\n";
        assertThat(parse(text)).containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "1"),
                entry("OPTION_C", "1"), entry("OPTION_D", "1_1"), entry("OPTION_E", ""));
    }

    @Test
    void lookupWinsOverKeysOfTheSameFileWhenInterpolating() throws EnvFileException {
        Map<String, String> result = parse("A=file\nB=${A}\n", Map.of("A", "outside"));
        // The file's own A is still A's value in the file's map; only references see the outside one.
        assertThat(result).containsExactly(entry("A", "file"), entry("B", "outside"));
    }

    @Test
    void usesLookupForVariablesNotInTheFile() throws EnvFileException {
        assertThat(parse("URL=http://${HOST:-localhost}:${PORT}\n", Map.of("PORT", "8080")))
                .containsExactly(entry("URL", "http://localhost:8080"));
    }

    @Test
    void bareKeyTakesItsValueFromLookupOrIsLeftOut() throws EnvFileException {
        String text = "FROM_OS\nA=1\nNOT_FOUND\nexport EXPORTED\n  SPACED  \nLAST";
        Map<String, String> outside = Map.of("FROM_OS", "os", "EXPORTED", "e", "SPACED", "s", "LAST", "l",
                "A", "ignored");
        assertThat(parse(text, outside)).containsExactly(entry("FROM_OS", "os"), entry("A", "1"),
                entry("EXPORTED", "e"), entry("SPACED", "s"), entry("LAST", "l"));
    }

    @Test
    void bareKeyWithEmptyValueInLookupIsKeptAsEmpty() throws EnvFileException {
        assertThat(parse("EMPTY\n", Map.of("EMPTY", ""))).containsExactly(entry("EMPTY", ""));
    }

    @Test
    void laterDefinitionReplacesEarlierOne() throws EnvFileException {
        assertThat(parse("A=1\nB=2\nA=3\n")).containsExactly(entry("A", "3"), entry("B", "2"));
    }

    @Test
    void handlesCrlfLineEnds() throws EnvFileException {
        String text = "# comment\r\nA=1\r\nB = two words \r\nC='x'\r\nD=\"y\" # c\r\n\r\nINHERITED\r\nE=$A\r\n";
        assertThat(parse(text, Map.of("INHERITED", "i"))).containsExactly(entry("A", "1"),
                entry("B", "two words"), entry("C", "x"), entry("D", "y"), entry("INHERITED", "i"),
                entry("E", "1"));
    }

    @Test
    void quotedValueSpanningCrlfLinesKeepsTheCarriageReturnAsComposeDoes() throws EnvFileException {
        assertThat(parse("A=\"one\r\ntwo\"\r\n")).containsExactly(entry("A", "one\r\ntwo"));
    }

    @Test
    void ignoresUtf8ByteOrderMark() throws EnvFileException {
        assertThat(parse("\uFEFFOPTION_A=1\nOPTION_B=2\n"))
                .containsExactly(entry("OPTION_A", "1"), entry("OPTION_B", "2"));
    }

    @Test
    void textAfterClosingQuoteIsReadAsTheNextStatement() throws EnvFileException {
        // compose-go does not require a line end after a quoted value
        assertThat(parse("A=\"1\" B=2\n")).containsExactly(entry("A", "1"), entry("B", "2"));
    }

    @Test
    void reportsBadCharacterInNameWithLineAndColumn() {
        assertThatThrownBy(() -> parser.parse("OK=1\n\nlol$wut\n", "app.env", NOTHING))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("app.env");
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                    assertThat(e.getMessage()).startsWith(
                            "unexpected character \"$\" in variable name \"lol$wut\"");
                    assertThat(e.describe()).startsWith("app.env:3:4: unexpected character");
                });
    }

    @Test
    void reportsComposeGoParseVariableCase() {
        assertThatThrownBy(() -> parse("%!(EXTRA string)=foo"))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("\"%\"", "\"%!(EXTRA string)=foo\"");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"MY KEY=1", "MY\tKEY=1", "MY KEY"})
    void refusesSpaceInName(String line) {
        assertThatThrownBy(() -> parse("A=1\n# note\n" + line + "\n"))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("contains a space");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"KEY=\"", "KEY=\"value", "KEY=\"value\\\"", "KEY=\"value'", "KEY='", "KEY='value",
            "KEY='value\\'", "KEY='value\""})
    void reportsUnterminatedQuoteAtTheOpeningQuote(String line) {
        assertThatThrownBy(() -> parse("A=1\n" + line))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage()).startsWith("unterminated quoted value");
                });
    }

    @Test
    void reportsInterpolationErrorAtTheValue() {
        assertThatThrownBy(() -> parse("A=1\nB=  ${DB_PASSWORD:?set it in .env}\n"))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.getMessage())
                            .isEqualTo("required variable DB_PASSWORD is missing a value: set it in .env");
                });
        assertThatThrownBy(() -> parse("B=\"x\n${\"")).isInstanceOfSatisfying(EnvFileException.class,
                e -> assertThat(e.getMessage()).startsWith("invalid interpolation format"));
    }

    @Test
    void columnsCountFromTheStartOfTheLineAfterAMultiLineValue() {
        assertThatThrownBy(() -> parse("A='x\ny'\n  b@d=1\n"))
                .isInstanceOfSatisfying(EnvFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                });
    }

    @Test
    void rejectsNullLookupResult() {
        assertThatThrownBy(() -> parser.parse("A=$B", ".env", name -> null))
                .isInstanceOf(NullPointerException.class);
    }
}

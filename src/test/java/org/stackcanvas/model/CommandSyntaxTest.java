package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandSyntaxTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("echo hello", List.of("echo", "hello"), null),
                Arguments.of("  echo   hello  ", List.of("echo", "hello"), null),
                Arguments.of("sh -c \"echo $HOME\"", List.of("sh", "-c", "echo $HOME"), null),
                Arguments.of("'a b' c", List.of("a b", "c"), null),
                Arguments.of("a\\ b", List.of("a b"), null),
                Arguments.of("''", List.of(""), null),
                Arguments.of("", List.of(), null),
                Arguments.of("say \"it's\"", List.of("say", "it's"), null),
                Arguments.of("'x\\y'", List.of("x\\y"), null),
                Arguments.of("echo $(date +%s)", List.of("echo", "$(date +%s)"), null),
                Arguments.of("--default-authentication-plugin=mysql_native_password",
                        List.of("--default-authentication-plugin=mysql_native_password"), null),
                Arguments.of("echo a && echo b", List.of("echo", "a"), "&& echo b"),
                Arguments.of("run > out.log", List.of("run"), "> out.log"),
                Arguments.of("run 2>&1", List.of("run"), "2>&1"),
                Arguments.of("a; b", List.of("a"), "; b"),
                Arguments.of("sh -c 'a && b'", List.of("sh", "-c", "a && b"), null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void splitsLikeCompose(String line, List<String> tokens, String ignored) {
        CommandSyntax.Words words = CommandSyntax.parse(line).get();

        assertThat(words.tokens()).isEqualTo(tokens);
        assertThat(words.ignored()).isEqualTo(Optional.ofNullable(ignored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unterminated", "'open", "trailing\\", "echo (x)", "`date"})
    void reportsUnbalancedText(String line) {
        assertThat(CommandSyntax.parse(line).isOk()).isFalse();
    }
}

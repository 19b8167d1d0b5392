package org.stackcanvas.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

class EnvironmentSyntaxTest {

    private final List<ModelProblem> problems = new ArrayList<>();

    private List<EnvVar> parse(String yaml) throws Exception {
        YValue env = ((YMap) new DocumentParser().parseText("compose.yaml", "environment:" + yaml).tree()).get("environment");
        return EnvironmentSyntax.parse(env, problems::add);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            KEY=value         | KEY  | value
            KEY=              | KEY  | ''
            KEY               | KEY  | -
            URL=a=b=c         | URL  | a=b=c
            'SPACED = x'      | 'SPACED ' | ' x'
            """)
    void readsListEntries(String text, String name, String value) {
        EnvVar v = EnvironmentSyntax.entry(text, SourceLocation.UNKNOWN).get();

        assertThat(v.name()).isEqualTo(name);
        assertThat(v.value()).isEqualTo(Optional.ofNullable(value));
    }

    @Test
    void listAndMappingFormsGiveTheSameOrderedVariables() throws Exception {
        List<EnvVar> list = parse("\n  - A=1\n  - B\n  - C=\n");
        List<EnvVar> map = parse("\n  A: 1\n  B:\n  C: ''\n");

        assertThat(list).extracting(EnvVar::name).containsExactly("A", "B", "C");
        assertThat(map).extracting(EnvVar::name).containsExactly("A", "B", "C");
        assertThat(list).extracting(EnvVar::value).containsExactly(Optional.of("1"), Optional.empty(), Optional.of(""));
        assertThat(map).extracting(EnvVar::value).isEqualTo(list.stream().map(EnvVar::value).toList());
        assertThat(list.get(1).location().line()).isEqualTo(3);
        assertThat(map.get(2).location().line()).isEqualTo(4);
        assertThat(problems).isEmpty();
    }

    @Test
    void scalarsReadAsComposeWritesThem() throws Exception {
        List<EnvVar> vars = parse("\n  DEBUG: True\n  PORT: 0x1F\n  RATIO: 1.50\n  YES_WORD: yes\n");

        assertThat(vars).extracting(v -> v.value().orElseThrow()).containsExactly("true", "31", "1.5", "yes");
    }

    @Test
    void reportsWrongShapesAndKeepsTheRest() throws Exception {
        List<EnvVar> vars = parse("\n  - GOOD=1\n  - {BAD: 1}\n  - =nameless\n");

        assertThat(vars).extracting(EnvVar::name).containsExactly("GOOD");
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(3, 4);
        assertThat(problems.get(0).message()).contains("KEY=VALUE strings, not a mapping");
        assertThat(problems.get(1).message()).contains("no name before '='");
    }

    @Test
    void reportsNestedValuesInTheMappingForm() throws Exception {
        List<EnvVar> vars = parse("\n  A: [1, 2]\n  B: ok\n");

        assertThat(vars).extracting(EnvVar::name).containsExactly("B");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("'A' must be a single value"));
    }

    @Test
    void reportsAScalarEnvironment() throws Exception {
        assertThat(parse(" FOO=bar")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("must be a mapping or a list"));
    }
}

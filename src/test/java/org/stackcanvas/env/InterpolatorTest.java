package org.stackcanvas.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cases mostly taken from compose-go's template_test.go, with the same variables. */
class InterpolatorTest {

    private static final Map<String, String> VARS = Map.of(
            "FOO", "first",
            "BAR", "",
            "JSON", "{\"json\":2}");

    private final Interpolator interpolator = new Interpolator(name -> Optional.ofNullable(VARS.get(name)));

    static Stream<Arguments> substitutions() {
        return Stream.of(
                // escaping and text that is not a reference
                arguments("$${foo}", "${foo}"),
                arguments("$$FOO", "$FOO"),
                arguments("$$$FOO", "$first"),
                arguments("$$", "$"),
                arguments("foo", "foo"),
                arguments("a $ string", "a $ string"),
                arguments("^REGEX$", "^REGEX$"),
                arguments("$}", "$}"),
                arguments("$", "$"),
                arguments("costs $5", "costs $5"),
                // plain references
                arguments("This $FOO var", "This first var"),
                arguments("This ${FOO} var", "This first var"),
                arguments("$FOO-bar", "first-bar"),
                arguments("${FOO}${FOO}", "firstfirst"),
                arguments("$FOO$BAR.", "first."),
                arguments("This ${missing} var", "This  var"),
                arguments("This ${BAR} var", "This  var"),
                arguments("${foo}", ""),
                arguments("line\n${FOO}\nline", "line\nfirst\nline"),
                // :- and -
                arguments("ok ${missing:-def}", "ok def"),
                arguments("ok ${missing-def}", "ok def"),
                arguments("ok ${BAR:-def}", "ok def"),
                arguments("ok ${BAR-def}", "ok "),
                arguments("ok ${FOO:-def}", "ok first"),
                arguments("ok ${FOO-def}", "ok first"),
                arguments("ok ${missing:-}", "ok "),
                arguments("ok ${BAR:-/non:-alphanumeric}", "ok /non:-alphanumeric"),
                arguments("${UNSET_VAR-myerror?msg}", "myerror?msg"),
                arguments("${missing:-a b  c}", "a b  c"),
                // :+ and +
                arguments("ok ${UNSET_VAR:+presence_value}", "ok "),
                arguments("ok ${UNSET_VAR+presence_value}", "ok "),
                arguments("ok ${FOO:+presence_value}", "ok presence_value"),
                arguments("ok ${FOO+presence_value}", "ok presence_value"),
                arguments("ok ${BAR+presence_value}", "ok presence_value"),
                arguments("ok ${BAR:+presence_value}", "ok "),
                // :? and ? when the value is there
                arguments("ok ${FOO:?err}", "ok first"),
                arguments("ok ${FOO?err}", "ok first"),
                arguments("ok ${BAR?err}", "ok "),
                arguments("${FOO?bar-baz}", "first"),
                // nesting
                arguments("ok ${UNSET_VAR-$FOO}", "ok first"),
                arguments("ok ${UNSET_VAR-${FOO}}", "ok first"),
                arguments("ok ${UNSET_VAR-${FOO} ${FOO}}", "ok first first"),
                arguments("ok ${BAR:-$FOO}", "ok first"),
                arguments("ok ${BAR:-${FOO} ${FOO}}", "ok first first"),
                arguments("ok ${BAR+$FOO}", "ok first"),
                arguments("ok ${BAR+$FOO ${FOO:+second}}", "ok first second"),
                arguments("${A:-${B:-x}}", "x"),
                arguments("${A:-${B:-${C:-deep}}}!", "deep!"),
                arguments("${A:-$$}", "$"),
                // operators in the surrounding text must not change the choice of operator
                arguments("-ok ${BAR:-defaultValue}", "-ok defaultValue"),
                arguments("+ok ${UNSET:-${BAR-defaultValue}}", "+ok "),
                arguments(":-ok ${UNSET-defaultValue}", ":-ok defaultValue"),
                arguments(":-ok ${BAR-defaultValue}", ":-ok "),
                arguments(":?ok ${BAR:-defaultValue}", ":?ok defaultValue"),
                arguments("?ok ${BAR:-defaultValue}", "?ok defaultValue"),
                // several braced references on one line, braces inside defaults
                arguments("${A:-x} and ${B:-y}", "x and y"),
                arguments("ok ${SUBDOMAIN:-redis}.${FOO:?}", "ok redis.first"),
                arguments("ok ${missing:-{\"json\":1}}", "ok {\"json\":1}"),
                arguments("ok ${missing-{\"json\":1}}", "ok {\"json\":1}"),
                arguments("ok ${JSON:-{\"json\":1}}", "ok {\"json\":2}"),
                arguments("${missing:-x}}", "x}"),
                arguments("${missing:-}x}", "x}"),
                // compose-go does not look at the character after a '{' when matching braces
                arguments("${FOO:-{{x}}}", "first}"),
                // only a line feed ends a reference; Go's '.' matches \r and U+0085
                arguments("${missing:-a\rb\u0085c}", "a\rb\u0085c"),
                // ${name[key]} is a named-mapping form Compose leaves alone
                arguments("This ${missing[foo]} var", "This ${missing[foo]} var"),
                arguments("This ${FOO[BAR]} var", "This ${FOO[BAR]} var"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("substitutions")
    void substitutesLikeCompose(String template, String expected) throws InterpolationException {
        assertThat(interpolator.interpolate(template).value()).isEqualTo(expected);
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                arguments("${", "invalid interpolation format for \"${\""),
                arguments("${}", "invalid interpolation format"),
                arguments("${ }", "invalid interpolation format"),
                arguments("${ foo}", "invalid interpolation format"),
                arguments("${foo }", "invalid interpolation format"),
                arguments("${foo!}", "invalid interpolation format"),
                arguments("${VAR:x}", "invalid interpolation format for \"${VAR:x}\""),
                arguments("${1}", "invalid interpolation format"),
                arguments("ok ${FOO} ${", "invalid interpolation format for \"ok ${FOO} ${\""),
                arguments("${UNSET:-${}}", "invalid interpolation format"),
                arguments("${FOO:-a\nb}", "invalid interpolation format"),
                arguments("not ok ${UNSET_VAR:?Mandatory Variable Unset}",
                        "required variable UNSET_VAR is missing a value: Mandatory Variable Unset"),
                arguments("not ok ${BAR:?Mandatory Variable Empty}",
                        "required variable BAR is missing a value: Mandatory Variable Empty"),
                arguments("not ok ${UNSET_VAR?Mandatory Variable Unset}",
                        "required variable UNSET_VAR is missing a value: Mandatory Variable Unset"),
                arguments("${UNSET_VAR?bar-baz}", "required variable UNSET_VAR is missing a value: bar-baz"),
                arguments("not ok ${UNSET_VAR:?Mandatory Variable ${FOO}}",
                        "required variable UNSET_VAR is missing a value: Mandatory Variable first"),
                arguments("not ok ${UNSET_VAR?Mandatory Variable ${FOO}}",
                        "required variable UNSET_VAR is missing a value: Mandatory Variable first"),
                // compose-go interpolates a default before it knows it is needed
                arguments("${FOO:-${UNSET:?boom}}", "required variable UNSET is missing a value: boom"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("failures")
    void refusesWhatComposeRefuses(String template, String message) {
        assertThatThrownBy(() -> interpolator.interpolate(template))
                .isInstanceOf(InterpolationException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((InterpolationException) e).text()).isEqualTo(template));
    }

    @Test
    void requiredWithoutMessageHasNoTrailingColon() {
        assertThatThrownBy(() -> interpolator.interpolate("not ok ${UNSET_VAR:?}"))
                .hasMessage("required variable UNSET_VAR is missing a value");
        assertThatThrownBy(() -> interpolator.interpolate("${UNSET_VAR?}"))
                .hasMessage("required variable UNSET_VAR is missing a value");
    }

    @Test
    void requiredErrorNamesTheVariableAndSyntaxErrorDoesNot() {
        assertThatThrownBy(() -> interpolator.interpolate("${BAR:?}"))
                .satisfies(e -> assertThat(((InterpolationException) e).variable()).contains("BAR"));
        assertThatThrownBy(() -> interpolator.interpolate("${"))
                .satisfies(e -> assertThat(((InterpolationException) e).variable()).isEmpty());
    }

    @Test
    void reportsUnsetVariablesWithoutDefaultOnceEachInOrder() throws InterpolationException {
        Interpolation result = interpolator.interpolate(
                "${ZED} $ALPHA ${ZED} ${C:-x} ${D-y} ${E:+z} ${F+w} ${BAR?} $FOO $BAR $$NOPE");
        assertThat(result.unsetVariables()).containsExactly("ZED", "ALPHA");
        assertThat(result.value()).isEqualTo("   x y    first  $NOPE");
    }

    @Test
    void reportsUnsetVariableInsideAnUnusedDefaultAsComposeWarnsAboutIt() throws InterpolationException {
        assertThat(interpolator.interpolate("${FOO:-$MISSING}").unsetVariables()).containsExactly("MISSING");
    }

    @Test
    void emptyButSetVariableIsNotReported() throws InterpolationException {
        assertThat(interpolator.interpolate("${BAR}$BAR").unsetVariables()).isEmpty();
    }

    @Test
    void listsVariablesUsedWithoutLookingThemUpOrFailing() {
        Interpolator failing = new Interpolator(name -> {
            throw new AssertionError("variablesUsed must not look up " + name);
        });
        assertThat(failing.variablesUsed("${A:-${B}} $C $$D ${E:?err} ${F[x]} ${A} ${G+$H}"))
                .containsExactly("A", "B", "C", "E", "G", "H");
        assertThat(failing.variablesUsed("${REQUIRED:?} then ${")).containsExactly("REQUIRED");
        assertThat(failing.variablesUsed("no references, $ and $$")).isEmpty();
    }

    @Test
    void looksUpEachTimeSoALiveLookupIsHonoured() throws InterpolationException {
        Map<String, String> live = new ConcurrentHashMap<>();
        Interpolator onLive = new Interpolator(name -> Optional.ofNullable(live.get(name)));
        assertThat(onLive.interpolate("$X").value()).isEmpty();
        live.put("X", "now");
        assertThat(onLive.interpolate("$X").value()).isEqualTo("now");
    }

    @Test
    void resultListIsImmutable() throws InterpolationException {
        List<String> unset = interpolator.interpolate("$NOPE").unsetVariables();
        assertThatThrownBy(() -> unset.add("X")).isInstanceOf(UnsupportedOperationException.class);
    }
}

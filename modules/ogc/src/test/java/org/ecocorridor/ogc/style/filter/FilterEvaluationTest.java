package org.ecocorridor.ogc.style.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecocorridor.ogc.testing.TestFeatures.feature;

import java.time.LocalDate;
import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.junit.jupiter.api.Test;

class FilterEvaluationTest {
    private static final PropertyName COUNT = new PropertyName("count");
    private static final PropertyName NAME = new PropertyName("name");

    private static ComparisonFilter cmp(ComparisonFilter.Operator op, Expression l, Object literal) {
        return new ComparisonFilter(op, l, new Literal(literal), true);
    }

    @Test
    void numericPropertyEqualsNumericTextLiteral() {
        Feature f = feature(null, "count", 5L);
        assertThat(cmp(ComparisonFilter.Operator.EQUAL_TO, COUNT, "5").test(f)).isTrue();
        assertThat(cmp(ComparisonFilter.Operator.EQUAL_TO, COUNT, "5.0").test(f)).isTrue();
        assertThat(cmp(ComparisonFilter.Operator.LESS_THAN, COUNT, "10").test(f)).isTrue();
        // as text "5" > "10"; numerically 5 < 10: the numeric comparison must win
        assertThat(cmp(ComparisonFilter.Operator.GREATER_THAN, COUNT, "10").test(f)).isFalse();
    }

    @Test
    void booleanPropertyMatchesTrueAndFalseText() {
        Feature ramsar = feature(null, "ramsar", Boolean.TRUE);
        PropertyName p = new PropertyName("ramsar");
        assertThat(cmp(ComparisonFilter.Operator.EQUAL_TO, p, "true").test(ramsar)).isTrue();
        assertThat(cmp(ComparisonFilter.Operator.EQUAL_TO, p, "false").test(ramsar)).isFalse();
        assertThat(cmp(ComparisonFilter.Operator.EQUAL_TO, p, "1").test(ramsar)).isTrue();
    }

    @Test
    void absentValueFailsEveryComparisonButIsNull() {
        Feature f = feature(null, "count", null);
        for (ComparisonFilter.Operator op : ComparisonFilter.Operator.values()) {
            assertThat(cmp(op, COUNT, "1").test(f)).as(op.name()).isFalse();
        }
        assertThat(new NullFilter(COUNT).test(f)).isTrue();
        assertThat(new NullFilter(COUNT).test(feature(null, "count", 0L))).isFalse();
    }

    @Test
    void betweenIncludesBothBounds() {
        BetweenFilter between = new BetweenFilter(COUNT, new Literal("100"), new Literal("1000"));
        assertThat(between.test(feature(null, "count", 100L))).isTrue();
        assertThat(between.test(feature(null, "count", 1000.0))).isTrue();
        assertThat(between.test(feature(null, "count", 99L))).isFalse();
        assertThat(between.test(feature(null, "count", 1001L))).isFalse();
    }

    @Test
    void likeHonoursWildcardsSingleCharacterAndEscape() {
        assertThat(new LikeFilter(NAME, "Khanka*", '*', '.', '!', true).test(feature(null, "name", "Khanka Lake")))
                .isTrue();
        assertThat(new LikeFilter(NAME, "K.anka", '*', '.', '!', true).test(feature(null, "name", "Khanka")))
                .isTrue();
        assertThat(new LikeFilter(NAME, "K.anka", '*', '.', '!', true).test(feature(null, "name", "Kanka")))
                .isFalse();
        // '!' escapes the wildcard: "100!%" matches the literal text "100%" only
        LikeFilter percent = new LikeFilter(NAME, "100!%", '%', '_', '!', true);
        assertThat(percent.test(feature(null, "name", "100%"))).isTrue();
        assertThat(percent.test(feature(null, "name", "1000"))).isFalse();
        // regex metacharacters in the pattern are literal
        assertThat(new LikeFilter(NAME, "a+b*", '*', '.', '!', true).test(feature(null, "name", "a+b(c)"))).isTrue();
        assertThat(new LikeFilter(NAME, "a+b*", '*', '.', '!', true).test(feature(null, "name", "aab"))).isFalse();
    }

    @Test
    void likeIgnoresCaseWhenAsked() {
        Feature f = feature(null, "name", "Poyang Lake");
        assertThat(new LikeFilter(NAME, "poyang*", '*', '.', '!', false).test(f)).isTrue();
        assertThat(new LikeFilter(NAME, "poyang*", '*', '.', '!', true).test(f)).isFalse();
    }

    @Test
    void textComparisonHonoursMatchCase() {
        Feature f = feature(null, "species_code", "Amur_Tiger");
        Literal lower = new Literal("amur_tiger");
        PropertyName p = new PropertyName("species_code");
        assertThat(new ComparisonFilter(ComparisonFilter.Operator.EQUAL_TO, p, lower, true).test(f)).isFalse();
        assertThat(new ComparisonFilter(ComparisonFilter.Operator.EQUAL_TO, p, lower, false).test(f)).isTrue();
    }

    @Test
    void datesCompareWithIsoText() {
        Feature f = feature(null, "survey_date", LocalDate.of(2024, 1, 15));
        PropertyName p = new PropertyName("survey_date");
        assertThat(cmp(ComparisonFilter.Operator.GREATER_THAN_OR_EQUAL_TO, p, "2024-01-15").test(f)).isTrue();
        assertThat(cmp(ComparisonFilter.Operator.LESS_THAN, p, "2023-12-31").test(f)).isFalse();
    }

    @Test
    void logicalOperatorsCombine() {
        Filter big = cmp(ComparisonFilter.Operator.GREATER_THAN_OR_EQUAL_TO, COUNT, "1000");
        Filter crane = cmp(ComparisonFilter.Operator.EQUAL_TO, new PropertyName("species_code"), "hooded_crane");
        Feature izumi = feature(null, "count", 12000L, "species_code", "hooded_crane");
        Feature small = feature(null, "count", 40L, "species_code", "hooded_crane");
        assertThat(new AndFilter(List.of(big, crane)).test(izumi)).isTrue();
        assertThat(new AndFilter(List.of(big, crane)).test(small)).isFalse();
        assertThat(new OrFilter(List.of(big, crane)).test(small)).isTrue();
        assertThat(new NotFilter(big).test(small)).isTrue();
    }

    @Test
    void arithmeticAndFunctionsComputeSizes() {
        // size = 4 + sqrt(count) / 10 with count = 400: 4 + 20 / 10 = 6
        Expression size = new Arithmetic(Arithmetic.Operator.ADD, new Literal("4"),
                new Arithmetic(Arithmetic.Operator.DIV, new FunctionCall("sqrt", List.of(COUNT)), new Literal(10)));
        assertThat(size.evaluateDouble(feature(null, "count", 400L), -1)).isEqualTo(6.0);
        assertThat(size.evaluateDouble(feature(null, "count", null), -1)).isEqualTo(-1.0);
        assertThat(new FunctionCall("MAX", List.of(new Literal(3), COUNT)).evaluateDouble(feature(null, "count", 7), 0))
                .isEqualTo(7.0);
    }

    @Test
    void unknownFunctionIsRejectedWithItsName() {
        assertThatThrownBy(() -> new FunctionCall("strToUpperCase", List.of(NAME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strtouppercase");
    }

    @Test
    void wholeDoublesPrintWithoutDecimals() {
        assertThat(new Literal(12.0).evaluateText(feature(null))).isEqualTo("12");
        assertThat(new Literal(12.5).evaluateText(feature(null))).isEqualTo("12.5");
    }
}

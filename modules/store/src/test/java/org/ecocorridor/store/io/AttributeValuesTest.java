package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.ecocorridor.core.feature.AttributeType;
import org.junit.jupiter.api.Test;

class AttributeValuesTest {
    private static AttributeType csv(String text) {
        return AttributeValues.typeOf(text, true, false);
    }

    @Test
    void csvTextSuggestsTypes() {
        assertThat(csv("42")).isEqualTo(AttributeType.INTEGER);
        assertThat(csv("-7")).isEqualTo(AttributeType.INTEGER);
        assertThat(csv("007")).as("leading zeros are codes").isEqualTo(AttributeType.STRING);
        assertThat(csv("99999999999999999999")).as("beyond 64 bits: a double would lose digits").isEqualTo(AttributeType.STRING);
        assertThat(csv("1.5")).isEqualTo(AttributeType.DOUBLE);
        assertThat(csv("2e-3")).isEqualTo(AttributeType.DOUBLE);
        assertThat(csv("NaN")).isEqualTo(AttributeType.STRING);
        assertThat(csv("TRUE")).isEqualTo(AttributeType.BOOLEAN);
        assertThat(csv("2019-05-01")).isEqualTo(AttributeType.DATE);
        assertThat(csv("2019-02-30")).as("no such day").isEqualTo(AttributeType.STRING);
        assertThat(csv("2019-05-01 10:00")).isEqualTo(AttributeType.TIMESTAMP);
        assertThat(csv("2019-05-01T10:00:00.5+0900")).isEqualTo(AttributeType.TIMESTAMP);
        assertThat(AttributeValues.typeOf("1,5", true, true)).isEqualTo(AttributeType.DOUBLE);
        assertThat(AttributeValues.typeOf("1,5", true, false)).isEqualTo(AttributeType.STRING);
        assertThat(AttributeValues.typeOf("42", false, false)).as("JSON strings stay text").isEqualTo(AttributeType.STRING);
        assertThat(AttributeValues.typeOf(42L, false, false)).isEqualTo(AttributeType.INTEGER);
        assertThat(AttributeValues.typeOf(null, true, false)).isNull();
    }

    @Test
    void wideningFollowsIntegerDoubleString() {
        assertThat(AttributeValues.widen(null, AttributeType.INTEGER)).isEqualTo(AttributeType.INTEGER);
        assertThat(AttributeValues.widen(AttributeType.INTEGER, AttributeType.DOUBLE)).isEqualTo(AttributeType.DOUBLE);
        assertThat(AttributeValues.widen(AttributeType.DOUBLE, AttributeType.STRING)).isEqualTo(AttributeType.STRING);
        assertThat(AttributeValues.widen(AttributeType.BOOLEAN, AttributeType.INTEGER)).isEqualTo(AttributeType.STRING);
        assertThat(AttributeValues.widen(AttributeType.DATE, AttributeType.TIMESTAMP)).isEqualTo(AttributeType.STRING);
    }

    @Test
    void conversionAcceptsExactForms() {
        assertThat(AttributeValues.convert(" 12 ", AttributeType.INTEGER, false)).isEqualTo(12L);
        assertThat(AttributeValues.convert(12.0, AttributeType.INTEGER, false)).isEqualTo(12L);
        assertThat(AttributeValues.convert("3,25", AttributeType.DOUBLE, true)).isEqualTo(3.25);
        assertThat(AttributeValues.convert(1, AttributeType.BOOLEAN, false)).isEqualTo(true);
        assertThat(AttributeValues.convert("2019-05-01", AttributeType.DATE, false)).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(AttributeValues.convert("2019-05-01", AttributeType.TIMESTAMP, false))
                .isEqualTo(Instant.parse("2019-05-01T00:00:00Z"));
        // 10:00 without an offset is taken as UTC.
        assertThat(AttributeValues.convert("2019-05-01T10:00", AttributeType.TIMESTAMP, false))
                .isEqualTo(Instant.parse("2019-05-01T10:00:00Z"));
        assertThat(AttributeValues.convert(0.1, AttributeType.STRING, false)).isEqualTo("0.1");
        assertThat(AttributeValues.convert(1e-7, AttributeType.STRING, false)).isEqualTo("0.00000010");
    }

    @Test
    void conversionFailuresNameTheExpectationAndTheValue() {
        assertThatThrownBy(() -> AttributeValues.convert("abc", AttributeType.INTEGER, false))
                .hasMessage("expected integer, got \"abc\"");
        assertThatThrownBy(() -> AttributeValues.convert(2.5, AttributeType.INTEGER, false))
                .hasMessage("expected integer, got 2.5");
        assertThatThrownBy(() -> AttributeValues.convert("yes", AttributeType.BOOLEAN, false))
                .hasMessage("expected true or false, got \"yes\"");
        assertThatThrownBy(() -> AttributeValues.convert("01/05/2019", AttributeType.DATE, false))
                .hasMessage("expected date (YYYY-MM-DD), got \"01/05/2019\"");
        assertThatThrownBy(() -> AttributeValues.convert("x".repeat(100), AttributeType.DOUBLE, false))
                .hasMessage("expected number, got \"" + "x".repeat(60) + "…\"");
    }
}

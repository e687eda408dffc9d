package org.ecocorridor.store.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.ecocorridor.core.feature.AttributeType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class ValueParserTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void csvTextFollowsTheDemoFormat() {
        assertThat(ValueParser.fromText("", AttributeType.DOUBLE)).isNull();
        assertThat(ValueParser.fromText("16000", AttributeType.INTEGER)).isEqualTo(16_000L);
        assertThat(ValueParser.fromText("40.5", AttributeType.DOUBLE)).isEqualTo(40.5);
        assertThat(ValueParser.fromText("true", AttributeType.BOOLEAN)).isEqualTo(true);
        assertThat(ValueParser.fromText("2024-01-15", AttributeType.DATE)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(ValueParser.fromText("2024-01-15T10:00:00Z", AttributeType.TIMESTAMP))
                .isEqualTo(Instant.parse("2024-01-15T10:00:00Z"));
        assertThat(ValueParser.fromText(" padded ", AttributeType.STRING)).isEqualTo(" padded ");
    }

    @Test
    void badTextNamesTheTypeAndTheValue() {
        assertThatThrownBy(() -> ValueParser.fromText("many", AttributeType.INTEGER))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot read \"many\" as INTEGER");
        assertThatThrownBy(() -> ValueParser.fromText("yes", AttributeType.BOOLEAN))
                .hasMessageContaining("\"yes\"");
    }

    @Test
    void jsonValuesKeepTheirTypesAndIntegralDoublesBecomeIntegers() {
        var node = mapper.readTree("{\"a\": 2012, \"b\": 21.0, \"c\": 0.9, \"d\": true, \"e\": null, \"f\": \"2020-01-15\", \"g\": 3.5}");
        assertThat(ValueParser.fromJson(node.get("a"), AttributeType.INTEGER)).isEqualTo(2012L);
        assertThat(ValueParser.fromJson(node.get("b"), AttributeType.INTEGER)).isEqualTo(21L);
        assertThat(ValueParser.fromJson(node.get("c"), AttributeType.DOUBLE)).isEqualTo(0.9);
        assertThat(ValueParser.fromJson(node.get("d"), AttributeType.BOOLEAN)).isEqualTo(true);
        assertThat(ValueParser.fromJson(node.get("e"), AttributeType.STRING)).isNull();
        assertThat(ValueParser.fromJson(node.get("f"), AttributeType.DATE)).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(ValueParser.fromJson(node.get("a"), AttributeType.STRING)).isEqualTo("2012");
        assertThatThrownBy(() -> ValueParser.fromJson(node.get("g"), AttributeType.INTEGER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.5");
    }
}

package org.ecocorridor.store.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void quotesLowerCaseNamesIncludingReservedWords() {
        assertThat(Identifiers.quote("count")).isEqualTo("\"count\"");
        assertThat(Identifiers.quote("_x9")).isEqualTo("\"_x9\"");
    }

    @Test
    void rejectsNamesThatCouldInjectOrBreakSql() {
        for (String bad : new String[] {"Name", "a b", "a\"b", "1abc", "", "x".repeat(64), "a;drop"}) {
            assertThat(Identifiers.isValid(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> Identifiers.require("a\"b", "attribute name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute name \"a\"b\"");
        assertThat(Identifiers.isValid("x".repeat(63))).isTrue();
    }
}

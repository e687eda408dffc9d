package org.ecocorridor.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Layer names: a lower-case ASCII letter, then lower-case letters, digits or '_', 63 characters at most. */
class LayerInfoNameTest {
    @Test
    void acceptsLowerCaseNamesUpToSixtyThreeCharacters() {
        for (String good : new String[] {"a", "bench_points", "run_12_corridors", "x9_", "a" + "b".repeat(62)}) {
            assertThat(LayerInfo.requireValidName(good)).isEqualTo(good);
        }
    }

    @Test
    void rejectsEverythingElse() {
        // upper case, leading digit or '_', separators, non-ASCII letters, SQL, empty, 64 characters
        for (String bad : new String[] {"Sites", "9sites", "_sites", "a-b", "a b", "a.b", "sité", "a;drop", "",
                "a".repeat(64)}) {
            assertThatThrownBy(() -> LayerInfo.requireValidName(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid layer name");
        }
        assertThatThrownBy(() -> LayerInfo.requireValidName(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

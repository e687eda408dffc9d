package org.ecocorridor.store.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeNamesTest {
    @Test
    void namesAreLowerCaseAsciiWithUnderscores() {
        AttributeNames names = new AttributeNames();
        assertThat(names.allocate("Pop. Est (2017)")).isEqualTo("pop_est_2017");
        assertThat(names.allocate("HOKKAIDŌ Région")).isEqualTo("hokkaido_region");
        assertThat(names.allocate("2019 count")).isEqualTo("_2019_count");
        assertThat(names.allocate("이름")).isEqualTo("column_4");
    }

    @Test
    void reservedAndRepeatedNamesGetSuffixes() {
        AttributeNames names = new AttributeNames();
        assertThat(names.allocate("id")).isEqualTo("id_1");
        assertThat(names.allocate("GEOM")).isEqualTo("geom_1");
        assertThat(names.allocate("Order")).isEqualTo("order_1");
        assertThat(names.allocate("name")).isEqualTo("name");
        assertThat(names.allocate("Name")).isEqualTo("name_1");
        assertThat(names.allocate("NAME ")).isEqualTo("name_2");
        assertThat(names.allocate("name")).as("same column again").isEqualTo("name");
        assertThat(names.mapping()).containsExactly(
                java.util.Map.entry("id", "id_1"), java.util.Map.entry("GEOM", "geom_1"), java.util.Map.entry("Order", "order_1"),
                java.util.Map.entry("name", "name"), java.util.Map.entry("Name", "name_1"), java.util.Map.entry("NAME ", "name_2"));
    }

    @Test
    void longNamesAreCutTo63WithRoomForTheSuffix() {
        AttributeNames names = new AttributeNames();
        String long70 = "a".repeat(70);
        assertThat(names.allocate(long70)).hasSize(63).isEqualTo("a".repeat(63));
        assertThat(names.allocate(long70 + "b")).isEqualTo("a".repeat(61) + "_1");
    }

    @Test
    void everyNameMatchesTheSqlPattern() {
        AttributeNames names = new AttributeNames();
        for (String s : new String[] {"", "_", "--", "É", "select", "x y z", "9", "a\u0000b", "ÅÄÖ"}) {
            assertThat(names.allocate(s)).matches("[a-z_][a-z0-9_]{0,62}");
        }
    }
}

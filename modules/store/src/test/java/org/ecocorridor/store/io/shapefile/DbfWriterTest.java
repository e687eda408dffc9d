package org.ecocorridor.store.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.junit.jupiter.api.Test;

class DbfWriterTest {
    private static AttributeDescriptor text(String name) {
        return new AttributeDescriptor(name, AttributeType.STRING, true);
    }

    @Test
    void longAndDuplicateFieldNamesAreCutToTenUniqueCharacters() {
        // dBASE field names hold 10 characters and compare case-insensitively.
        assertThat(DbfWriter.fieldNames(List.of(text("population_2020"), text("population_2021"), text("Name"),
                text("NAME")))).containsExactly("population", "populati_1", "Name", "NAME_1");
    }
}

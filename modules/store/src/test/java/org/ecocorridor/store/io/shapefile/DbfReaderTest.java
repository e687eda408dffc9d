package org.ecocorridor.store.io.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ecocorridor.core.feature.AttributeType;
import org.junit.jupiter.api.Test;

class DbfReaderTest {
    private static final List<ShapefileFixture.Field> FIELDS = List.of(
            new ShapefileFixture.Field("NAME", 'C', 20, 0), new ShapefileFixture.Field("COUNT", 'N', 9, 0),
            new ShapefileFixture.Field("AREA_KM2", 'N', 12, 3), new ShapefileFixture.Field("RAMSAR", 'L', 1, 0),
            new ShapefileFixture.Field("SURVEYED", 'D', 8, 0));

    private static List<List<String>> rows(DbfReader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        while (r.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < r.fields().size(); i++) {
                row.add(r.value(i));
            }
            row.add(r.deleted() ? "deleted" : "live");
            out.add(row);
        }
        return out;
    }

    @Test
    void fieldsAndValuesAreReadAsText() throws IOException {
        byte[] dbf = ShapefileFixture.dbf(FIELDS, List.of(
                new String[] {"Kedrovaya Pad", "42", "178.970", "T", "20190501"},
                new String[] {null, null, "*****", "?", null},
                new String[] {"*DELETED*gone", "1", "1", "F", "20200101"}), 0, StandardCharsets.UTF_8);
        try (DbfReader r = new DbfReader(new ByteArrayInputStream(dbf), null)) {
            assertThat(r.fields()).extracting(DbfField::name).containsExactly("NAME", "COUNT", "AREA_KM2", "RAMSAR", "SURVEYED");
            assertThat(r.fields()).extracting(DbfField::attributeType).containsExactly(AttributeType.STRING,
                    AttributeType.INTEGER, AttributeType.DOUBLE, AttributeType.BOOLEAN, AttributeType.DATE);
            assertThat(r.recordCount()).isEqualTo(3);
            assertThat(rows(r)).containsExactly(
                    List.of("Kedrovaya Pad", "42", "178.970", "true", "2019-05-01", "live"),
                    Arrays.asList(null, null, null, null, null, "live"),
                    List.of("gone", "1", "1", "false", "2020-01-01", "deleted"));
        }
    }

    @Test
    void textIsUtf8UnlessTheBytesSayOtherwise() throws IOException {
        List<ShapefileFixture.Field> name = List.of(new ShapefileFixture.Field("NAME", 'C', 30, 0));
        byte[] utf8 = ShapefileFixture.dbf(name, List.<String[]>of(new String[] {"Ханка 興凱湖"}), 0, StandardCharsets.UTF_8);
        try (DbfReader r = new DbfReader(new ByteArrayInputStream(utf8), null)) {
            r.next();
            assertThat(r.value(0)).isEqualTo("Ханка 興凱湖");
            assertThat(r.usedLatin1Fallback()).isFalse();
        }
        // "Hokkaidō" in ISO-8859-1 has byte 0xF4 alone, which is not valid UTF-8: fall back.
        byte[] latin1 = ShapefileFixture.dbf(name, List.<String[]>of(new String[] {"Hokkaidô"}), 0, StandardCharsets.ISO_8859_1);
        try (DbfReader r = new DbfReader(new ByteArrayInputStream(latin1), null)) {
            r.next();
            assertThat(r.value(0)).isEqualTo("Hokkaidô");
            assertThat(r.usedLatin1Fallback()).isTrue();
        }
    }

    @Test
    void languageDriverIdAndCpgChooseTheCodePage() throws IOException {
        Charset gbk = Charset.forName("GBK");
        List<ShapefileFixture.Field> name = List.of(new ShapefileFixture.Field("NAME", 'C', 30, 0));
        byte[] dbf = ShapefileFixture.dbf(name, List.<String[]>of(new String[] {"珲春"}), 0x4D, gbk);
        try (DbfReader r = new DbfReader(new ByteArrayInputStream(dbf), null)) {
            r.next();
            assertThat(r.charset()).contains(gbk);
            assertThat(r.value(0)).isEqualTo("珲春");
        }
        assertThat(DbfCharsets.fromCpg("UTF-8")).contains(StandardCharsets.UTF_8);
        assertThat(DbfCharsets.fromCpg("1251")).contains(Charset.forName("windows-1251"));
        assertThat(DbfCharsets.fromCpg("ANSI 1252")).contains(Charset.forName("windows-1252"));
        assertThat(DbfCharsets.fromCpg("88591")).contains(StandardCharsets.ISO_8859_1);
        assertThat(DbfCharsets.fromCpg("CP949")).contains(Charset.forName("x-windows-949"));
        assertThat(DbfCharsets.fromCpg("nonsense")).isEmpty();
        assertThat(DbfCharsets.fromLanguageDriverId(0x57)).isEmpty();
        assertThat(DbfCharsets.fromLanguageDriverId(0xC9)).contains(Charset.forName("windows-1251"));
    }

    @Test
    void wideOrDecimalNumbersAreDoubles() {
        assertThat(new DbfField("A", 'N', 19, 0).attributeType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(new DbfField("A", 'N', 18, 0).attributeType()).isEqualTo(AttributeType.INTEGER);
        assertThat(new DbfField("A", 'F', 10, 0).attributeType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(new DbfField("A", 'M', 10, 0).attributeType()).isEqualTo(AttributeType.STRING);
    }
}

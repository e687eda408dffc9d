package org.ecocorridor.store.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
    private static List<List<String>> records(String text, char delimiter) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(new StringReader(text), delimiter)) {
            for (List<String> r = t.next(); r != null; r = t.next()) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws IOException {
        // RFC 4180 §2 rules 5-7: "a,b" keeps its comma, "" is one quote, a quoted CRLF stays in the field.
        String text = "name,note\r\n\"Tumen, river\",\"say \"\"hi\"\"\"\r\nx,\"two\r\nlines\"\r\n";
        assertThat(records(text, ',')).containsExactly(
                List.of("name", "note"), List.of("Tumen, river", "say \"hi\""), List.of("x", "two\r\nlines"));
    }

    @Test
    void recordLinesCountPhysicalLines() throws IOException {
        // Line 1 header, line 2 a record spanning lines 2-3, a blank line 4, a record on line 5.
        String text = "a,b\n\"1\n1\",2\n\n3,4\n";
        try (CsvTokenizer t = new CsvTokenizer(new StringReader(text), ',')) {
            t.next();
            assertThat(t.recordLine()).isEqualTo(1);
            assertThat(t.next()).containsExactly("1\n1", "2");
            assertThat(t.recordLine()).isEqualTo(2);
            assertThat(t.next()).containsExactly("3", "4");
            assertThat(t.recordLine()).isEqualTo(5);
            assertThat(t.next()).isNull();
        }
    }

    @Test
    void byteOrderMarkAndLastLineWithoutBreakAreHandled() throws IOException {
        assertThat(records("\uFEFFlon;lat\r1;2", ';')).containsExactly(List.of("lon", "lat"), List.of("1", "2"));
    }

    @Test
    void emptyFieldsAreEmptyStrings() throws IOException {
        assertThat(records(",,\n", ',')).containsExactly(Arrays.asList("", "", ""));
    }

    @Test
    void unterminatedQuoteNamesItsLine() {
        assertThatThrownBy(() -> records("a,b\n1,\"open\n", ','))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("Line 2")
                .satisfies(e -> assertThat(((CsvFormatException) e).line()).isEqualTo(2));
    }

    @Test
    void delimiterIsDetectedFromTheHeader() {
        assertThat(CsvTokenizer.detectDelimiter("site_id,name,lat,lon")).isEqualTo(',');
        assertThat(CsvTokenizer.detectDelimiter("site;name;\"a,b,c\";lat")).isEqualTo(';');
        assertThat(CsvTokenizer.detectDelimiter("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvTokenizer.detectDelimiter("single")).isEqualTo(',');
    }

    @Test
    void writerQuotesOnlyWhatNeedsQuoting() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter w = new CsvWriter(out, ',');
        w.writeRecord(Arrays.asList("plain", "a,b", "say \"hi\"", null, " padded", "two\nlines"));
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",,\" padded\",\"two\nlines\"\r\n");
    }

    @Test
    void writtenRecordsReadBack() throws IOException {
        List<String> record = List.of("x;y", "\"q\"", "", "line\r\nbreak");
        StringWriter out = new StringWriter();
        new CsvWriter(out, ';').writeRecord(record);
        assertThat(records(out.toString(), ';')).containsExactly(record);
    }
}

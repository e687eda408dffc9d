package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.report.model.ReportTable;
import org.junit.jupiter.api.Test;

class CsvTablesTest {

    @Test
    void headerCarriesUnitsInBrackets() {
        String csv = CsvTables.csv(SampleReports.links());
        assertThat(csv).startsWith("from,to,cost-weighted distance [cost-weighted m],Euclidean distance [km],"
                + "LCP length [km],CWD / LCP length,note\r\n");
    }

    @Test
    void roundTripsQuotesCommasAndLineBreaks() {
        ReportTable links = SampleReports.links();
        List<List<String>> parsed = parse(CsvTables.csv(links));
        assertThat(parsed).hasSize(links.rows().size() + 1);
        for (int r = 0; r < links.rows().size(); r++) {
            List<Object> row = links.rows().get(r);
            List<String> back = parsed.get(r + 1);
            assertThat(back).hasSize(row.size());
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Double d) {
                    assertThat(Double.parseDouble(back.get(c))).isEqualTo(d); // exact: full precision
                } else {
                    assertThat(back.get(c)).isEqualTo(v == null ? "" : v.toString());
                }
            }
        }
        assertThat(parsed.get(1).get(6)).isEqualTo(SampleReports.LINK_NOTE);
        // RFC 4180 §2.6/2.7: the field is quoted and its quotes doubled
        assertThat(CsvTables.csv(links)).contains("\"crosses road \"\"G331\"\", then river\nsecond line\"");
    }

    @Test
    void numbersKeepFullPrecisionWithADecimalPoint() {
        assertThat(CsvTables.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(CsvTables.number(250.0)).isEqualTo("250");
        assertThat(CsvTables.number(-1.5e-5)).isEqualTo("-0.000015");
        assertThat(CsvTables.number(1e-25)).isEqualTo("1E-25");
        assertThat(CsvTables.number(123456789.125)).isEqualTo("123456789.125");
        assertThat(CsvTables.number(Double.NaN)).isEqualTo("NaN");
        assertThat(CsvTables.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        for (double d : new double[] {Math.PI, 1 / 3.0, 6.02214076e23, 2.5e-300, -0.1}) {
            assertThat(Double.parseDouble(CsvTables.number(d))).isEqualTo(d);
        }
    }

    @Test
    void booleansAndNulls() {
        ReportTable t = new ReportTable("t", "T", List.of(ReportTable.Column.of("a"), ReportTable.Column.of("b")),
                List.of(SampleReports.row(true, null)));
        assertThat(CsvTables.csv(t)).isEqualTo("a,b\r\ntrue,\r\n");
    }

    /** An independent RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}

package org.ecocorridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayNumbersTest {
    private static final String T = "\u2009"; // thin space

    @Test
    void columnDecimalsGiveFourSignificantDigitsAtTheLargestValue() {
        // largest 182 345.5: leading digit 10^5, so 3 - 5 < 0 -> 0 decimals
        DisplayNumbers cwd = DisplayNumbers.forColumn(List.of(List.of(182_345.5), List.of(95_020.25)), 0);
        assertThat(cwd.format(182_345.5)).isEqualTo("182" + T + "346");
        assertThat(cwd.format(95_020.25)).isEqualTo("95" + T + "020");
        // largest 48.2: leading digit 10^1 -> 2 decimals, shared by the column
        DisplayNumbers km = DisplayNumbers.forColumn(List.of(List.of(48.2), List.of(12.034)), 0);
        assertThat(km.format(48.2)).isEqualTo("48.20");
        assertThat(km.format(12.034)).isEqualTo("12.03");
        assertThat(km.format(-2.005)).isEqualTo("\u22122.01"); // half up on the decimal value, true minus sign
    }

    @Test
    void wholeNumbersStayWholeAndGroupFromFiveDigits() {
        DisplayNumbers d = DisplayNumbers.single(0);
        assertThat(d.format(1_440_000)).isEqualTo("1" + T + "440" + T + "000");
        assertThat(d.format(2500L)).isEqualTo("2500");
        assertThat(DisplayNumbers.forColumn(List.of(List.of(250.0)), 0).format(250.0)).isEqualTo("250");
    }

    @Test
    void tinyAndHugeValuesUseScientificNotation() {
        DisplayNumbers d = DisplayNumbers.forColumn(List.of(List.of(2.345e-5)), 0);
        assertThat(d.format(2.345e-5)).isEqualTo("2.35 × 10⁻⁵");
        assertThat(d.format(9.9999e-5)).isEqualTo("1.00 × 10⁻⁴");
    }

    @Test
    void specialValues() {
        DisplayNumbers d = DisplayNumbers.single(1.5);
        assertThat(d.format(null)).isEqualTo("—");
        assertThat(d.format(Double.NaN)).isEqualTo("n/a");
        assertThat(d.format(true)).isEqualTo("yes");
        assertThat(d.format("text")).isEqualTo("text");
    }
}

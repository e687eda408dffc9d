package org.ecocorridor.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * How numbers read in a report (the CSV keeps full precision, see {@link CsvTables}). Decimal numbers
 * of one table column share one number of decimals, chosen so that the column's largest magnitude
 * shows four significant digits (0 to 6 decimals): columns line up and read at a glance. Whole numbers
 * stay whole. Digits are grouped by three with a thin space from 10 000 on (SI Brochure §5.4.4), the
 * minus sign is U+2212, and magnitudes below 0.001 or from 10<sup>9</sup> on are written
 * {@code 1.23 × 10⁻⁵}. NaN reads "n/a", null "—", booleans "yes"/"no".
 *
 * <p>Immutable.
 */
final class DisplayNumbers {
    static final char THIN_SPACE = '\u2009';
    static final char MINUS = '\u2212';
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final int decimals;
    private final boolean scientific;

    private DisplayNumbers(int decimals, boolean scientific) {
        this.decimals = decimals;
        this.scientific = scientific;
    }

    /** The format for one number on its own (parameters, chart labels). */
    static DisplayNumbers single(double value) {
        return forMagnitudes(new double[] {value});
    }

    /** The format for column {@code col} of these rows. */
    static DisplayNumbers forColumn(List<List<Object>> rows, int col) {
        double[] values = rows.stream().map(r -> r.get(col))
                .filter(v -> v instanceof Double || v instanceof Float || v instanceof BigDecimal)
                .mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        return forMagnitudes(values);
    }

    private static DisplayNumbers forMagnitudes(double[] values) {
        double max = 0;
        boolean whole = true;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
                whole &= v == Math.rint(v);
            }
        }
        if (max == 0 || (whole && max < 1e15)) {
            return new DisplayNumbers(0, false);
        }
        if (max < 1e-3 || max >= 1e9) {
            return new DisplayNumbers(2, true);
        }
        int leading = (int) Math.floor(Math.log10(max));
        return new DisplayNumbers(Math.max(0, Math.min(6, 3 - leading)), false);
    }

    /** A cell's text. */
    String format(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return signed(group(new BigInteger(value.toString()).abs().toString()), value.toString().startsWith("-"));
        }
        if (value instanceof Number n) {
            return number(n.doubleValue());
        }
        return value.toString();
    }

    String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        if (scientific && v != 0) {
            return scientific(v);
        }
        BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = b.signum() < 0;
        String plain = b.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        return signed(group(integer) + fraction, negative);
    }

    /** Three significant digits and a power of ten: 1.23 × 10⁻⁵. */
    private static String scientific(double v) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(v)));
        BigDecimal mantissa = BigDecimal.valueOf(Math.abs(v)).movePointLeft(exponent).setScale(2, RoundingMode.HALF_UP);
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) { // 9.999 rounded up to 10.00
            mantissa = mantissa.movePointLeft(1).setScale(2, RoundingMode.HALF_UP);
            exponent++;
        }
        return signed(mantissa.toPlainString() + " × 10" + superscript(exponent), v < 0);
    }

    static String superscript(int n) {
        StringBuilder s = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(n)).toCharArray()) {
            s.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return s.toString();
    }

    private static String signed(String digits, boolean negative) {
        return negative ? MINUS + digits : digits;
    }

    /** Groups of three with thin spaces, from five digits on (four-digit numbers stay whole). */
    static String group(String digits) {
        if (digits.length() < 5) {
            return digits;
        }
        StringBuilder s = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        s.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            s.append(THIN_SPACE).append(digits, i, i + 3);
        }
        return s.toString();
    }
}

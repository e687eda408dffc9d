package org.ecocorridor.store.io.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Character sets of .dbf text, from a {@code .cpg} file or the dBASE language driver id (LDID,
 * header byte 29).
 *
 * <p>The {@code .cpg} file holds a code page name or number ({@code UTF-8}, {@code 1252},
 * {@code 88591}, {@code CP1251}, {@code GBK}, ...). LDIDs follow the table ESRI and GDAL use
 * (e.g. 0x4D = 936 GBK, 0x4E = 949 Korean, 0x13 and 0x7B = 932 Japanese, 0xC9 = 1251 Cyrillic).
 * LDID 0 (unset) and 0x57 ("ANSI", the writer's system code page, unknown to us) give no charset:
 * the reader then tries UTF-8 and falls back to ISO-8859-1.
 *
 * <p>Thread-safe: stateless.
 */
public final class DbfCharsets {
    /** LDID to Windows/DOS code page number. */
    private static final Map<Integer, Integer> LDID_CODE_PAGES = Map.ofEntries(
            Map.entry(0x01, 437), Map.entry(0x02, 850), Map.entry(0x03, 1252), Map.entry(0x13, 932),
            Map.entry(0x26, 866), Map.entry(0x4D, 936), Map.entry(0x4E, 949), Map.entry(0x4F, 950),
            Map.entry(0x50, 874), Map.entry(0x58, 1252), Map.entry(0x59, 1252), Map.entry(0x64, 852),
            Map.entry(0x65, 866), Map.entry(0x78, 950), Map.entry(0x79, 949), Map.entry(0x7A, 936),
            Map.entry(0x7B, 932), Map.entry(0x7C, 874), Map.entry(0xC8, 1250), Map.entry(0xC9, 1251),
            Map.entry(0xCA, 1254), Map.entry(0xCB, 1253), Map.entry(0xCC, 1257));

    /** Code page number to Java charset name, where the name is not simply "windows-N" or "IBMN". */
    private static final Map<Integer, String> CODE_PAGE_NAMES = Map.of(
            932, "windows-31j", 936, "GBK", 949, "x-windows-949", 950, "x-windows-950",
            874, "x-windows-874", 65001, "UTF-8");

    private DbfCharsets() {
    }

    /** The charset named by the content of a {@code .cpg} file; empty when unknown. */
    public static Optional<Charset> fromCpg(String cpg) {
        String name = cpg.trim().toUpperCase(Locale.ROOT).replaceFirst("^ANSI\\s*", "").replaceFirst("^CP", "");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("UTF8") || name.equals("UTF-8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (name.matches("8859\\d{1,2}")) {
            return forName("ISO-8859-" + name.substring(4));
        }
        if (name.matches("\\d{3,5}")) {
            return fromCodePage(Integer.parseInt(name));
        }
        return forName(cpg.trim());
    }

    /** The charset of a language driver id; empty for 0, 0x57 and unknown ids. */
    public static Optional<Charset> fromLanguageDriverId(int ldid) {
        Integer codePage = LDID_CODE_PAGES.get(ldid & 0xFF);
        return codePage == null ? Optional.empty() : fromCodePage(codePage);
    }

    static Optional<Charset> fromCodePage(int codePage) {
        String name = CODE_PAGE_NAMES.get(codePage);
        if (name != null) {
            return forName(name);
        }
        return codePage >= 1250 && codePage <= 1258 ? forName("windows-" + codePage) : forName("IBM" + codePage);
    }

    private static Optional<Charset> forName(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) { // IllegalCharsetNameException, UnsupportedCharsetException
            return Optional.empty();
        }
    }
}

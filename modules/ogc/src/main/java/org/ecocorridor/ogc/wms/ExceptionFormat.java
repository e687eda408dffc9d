package org.ecocorridor.ogc.wms;

import java.util.Locale;

/**
 * How WMS errors are returned (EXCEPTIONS parameter): XML reports, the message drawn in an image,
 * or an empty image. WMS 1.3.0 names them {@code XML}, {@code INIMAGE}, {@code BLANK}; 1.1.1 uses
 * {@code application/vnd.ogc.se_xml}, {@code application/vnd.ogc.se_inimage} and
 * {@code application/vnd.ogc.se_blank}. Both spellings are accepted for both versions; anything
 * else means XML. Immutable.
 */
public enum ExceptionFormat {
    XML, INIMAGE, BLANK;

    /** The format of an EXCEPTIONS value (null = XML). */
    public static ExceptionFormat of(String value) {
        if (value == null) {
            return XML;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("inimage") || v.endsWith("se_inimage")) {
            return INIMAGE;
        }
        if (v.equals("blank") || v.endsWith("se_blank")) {
            return BLANK;
        }
        return XML;
    }
}

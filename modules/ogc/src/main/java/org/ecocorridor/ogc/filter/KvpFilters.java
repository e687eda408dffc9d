package org.ecocorridor.ogc.filter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.filter.SpatialOperator;
import org.ecocorridor.core.filter.SpatialPredicate;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.XmlElement;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The WFS KVP filter parameters (WFS 2.0 §7.9.2.4.4 and Table 8; WFS 1.1 §14.7.3):
 * <ul>
 *   <li>{@code BBOX=a,b,c,d[,crs]}: corners in the axis order of the CRS name (urn/http forms of
 *       EPSG:4326 are lat,lon; {@code EPSG:4326} and CRS:84 lon,lat); without a CRS, the default
 *       CRS given;</li>
 *   <li>{@code RESOURCEID=id,id}: feature ids;</li>
 *   <li>{@code FILTER=<fes:Filter ...>}: an XML filter;</li>
 *   <li>{@code SORTBY=name [ASC|DESC|A|D],...}.</li>
 * </ul>
 * Thread-safe (stateless).
 */
public final class KvpFilters {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private KvpFilters() {
    }

    /** Parses a BBOX value into a BBOX predicate with EPSG SRID in (east, north) order. */
    public static Filter bbox(String value, CrsName defaultCrs) {
        return bbox(value, defaultCrs, false);
    }

    /**
     * As {@link #bbox(String, CrsName)}; with {@code eastFirst} (WFS 1.0.0) the corners are
     * (x = east, y = north) whatever the form of a CRS name given as fifth value.
     */
    public static Filter bbox(String value, CrsName defaultCrs, boolean eastFirst) {
        String[] parts = value.split(",");
        if (parts.length != 4 && parts.length != 5) {
            throw OgcException.invalidParameter("BBOX", "BBOX needs 4 numbers and an optional CRS, got \"" + value + "\"");
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw OgcException.invalidParameter("BBOX", "Invalid number \"" + parts[i] + "\" in BBOX");
            }
        }
        CrsName crs = parts.length == 5 ? CrsName.parse(parts[4].trim(), "BBOX") : defaultCrs;
        if (eastFirst) {
            crs = new CrsName(crs.epsg(), false);
        }
        Envelope env = crs.northingFirst() ? new Envelope(n[1], n[3], n[0], n[2]) : new Envelope(n[0], n[2], n[1], n[3]);
        if ((crs.northingFirst() ? n[0] > n[2] || n[1] > n[3] : n[0] > n[2] || n[1] > n[3])) {
            throw OgcException.invalidParameter("BBOX", "BBOX lower corner exceeds upper corner: \"" + value + "\"");
        }
        Geometry box = FACTORY.toGeometry(env);
        box.setSRID(crs.epsg());
        return new SpatialPredicate(SpatialOperator.BBOX, null, box);
    }

    /** Parses RESOURCEID into the ids as sent. */
    public static ResourceIds resourceIds(String value) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                ids.add(s.trim());
            }
        }
        if (ids.isEmpty()) {
            throw OgcException.invalidParameter("RESOURCEID", "RESOURCEID is empty");
        }
        return new ResourceIds(ids);
    }

    /** Parses an XML filter given as a KVP value. */
    public static Filter xml(String value, CrsName defaultCrs) {
        XmlElement e;
        try {
            e = XmlElement.parse(value.getBytes(StandardCharsets.UTF_8));
        } catch (OgcException ex) {
            throw OgcException.invalidParameter("FILTER", "FILTER is not well-formed XML: " + ex.getMessage());
        }
        return new FilterXmlReader(defaultCrs, "FILTER").read(e);
    }

    /** Parses SORTBY. */
    public static List<SortKey> sortBy(String value) {
        List<SortKey> keys = new ArrayList<>();
        for (String item : value.split(",")) {
            String[] p = item.trim().split("\\s+");
            if (p[0].isEmpty()) {
                continue;
            }
            boolean ascending = true;
            if (p.length > 1) {
                String dir = p[1].toUpperCase(Locale.ROOT);
                if (dir.equals("DESC") || dir.equals("D")) {
                    ascending = false;
                } else if (!dir.equals("ASC") && !dir.equals("A")) {
                    throw OgcException.invalidParameter("SORTBY", "Invalid sort order \"" + p[1] + "\"");
                }
            }
            keys.add(new SortKey(PropertyNames.normalize(p[0]), ascending));
        }
        return keys;
    }
}

package org.ecocorridor.ogc.wms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.ogc.exception.WmsExceptionCodes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes GetFeatureInfo results in the advertised INFO_FORMATs:
 * <ul>
 *   <li>{@code text/plain}: per layer a header and {@code name = value} lines (GeoServer's layout);</li>
 *   <li>{@code text/html}: a table per layer, every value HTML-escaped;</li>
 *   <li>{@code application/json}: a GeoJSON FeatureCollection, geometries in CRS:84, feature ids
 *       {@code layer.id} and a {@code layer} property; raster layers give a Point feature at the
 *       queried location with property {@code value};</li>
 *   <li>{@code application/vnd.ogc.gml} and {@code text/xml}: a GML 2 {@code wfs:FeatureCollection}
 *       of {@code gml:featureMember}s in EPSG:4326 (x = longitude), properties as elements.</li>
 * </ul>
 * Thread-safe (stateless).
 */
final class FeatureInfoWriter {
    private FeatureInfoWriter() {
    }

    /** The media type answered for an INFO_FORMAT (InvalidFormat when unsupported). */
    static String mediaType(String infoFormat) {
        String f = infoFormat.toLowerCase(Locale.ROOT).replace(" ", "");
        return switch (f) {
            case "text/plain" -> "text/plain; charset=UTF-8";
            case "text/html" -> "text/html; charset=UTF-8";
            case "application/json", "application/geo+json", "json" -> "application/json";
            case "application/vnd.ogc.gml", "text/xml", "application/vnd.ogc.gml/3.1.1" -> "application/vnd.ogc.gml";
            default -> throw WmsExceptionCodes.error(WmsExceptionCodes.INVALID_FORMAT, "INFO_FORMAT",
                    "Unsupported INFO_FORMAT \"" + infoFormat + "\"; supported: " + CapabilitiesModel.INFO_FORMATS);
        };
    }

    static String write(String mediaType, List<FeatureInfoQuery.LayerHits> hits) {
        return switch (mediaType) {
            case "text/html; charset=UTF-8" -> html(hits);
            case "application/json" -> json(hits);
            case "application/vnd.ogc.gml" -> gml(hits);
            default -> plain(hits);
        };
    }

    static String plain(List<FeatureInfoQuery.LayerHits> hits) {
        StringBuilder sb = new StringBuilder();
        for (FeatureInfoQuery.LayerHits h : hits) {
            sb.append("Results for layer '").append(h.layer()).append("':\n");
            if (h.features().isEmpty() && h.rasterValue() == null) {
                sb.append("no features\n");
            }
            if (h.rasterValue() != null) {
                sb.append("value = ").append(number(h.rasterValue())).append('\n');
            }
            for (Feature f : h.features()) {
                sb.append("--------------------------------------------\n");
                sb.append("id = ").append(h.layer()).append('.').append(f.id()).append('\n');
                f.attributes().forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
            }
            sb.append("--------------------------------------------\n");
        }
        return sb.toString();
    }

    static String html(List<FeatureInfoQuery.LayerHits> hits) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\">"
                + "<title>Feature info</title></head><body>\n");
        for (FeatureInfoQuery.LayerHits h : hits) {
            sb.append("<table class=\"featureInfo\"><caption>").append(escape(h.layer())).append("</caption>\n");
            if (h.rasterValue() != null) {
                sb.append("<tr><th>value</th></tr><tr><td>").append(number(h.rasterValue())).append("</td></tr>\n");
            } else if (!h.features().isEmpty()) {
                sb.append("<tr><th>id</th>");
                h.features().get(0).attributes().keySet().forEach(k -> sb.append("<th>").append(escape(k)).append("</th>"));
                sb.append("</tr>\n");
                for (Feature f : h.features()) {
                    sb.append("<tr><td>").append(escape(String.valueOf(f.id()))).append("</td>");
                    f.attributes().values().forEach(v -> sb.append("<td>").append(escape(v == null ? "" : v.toString()))
                            .append("</td>"));
                    sb.append("</tr>\n");
                }
            }
            sb.append("</table>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String json(List<FeatureInfoQuery.LayerHits> hits) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (FeatureInfoQuery.LayerHits h : hits) {
            if (h.rasterValue() != null) {
                first = comma(sb, first);
                sb.append("{\"type\":\"Feature\",\"id\":");
                GeoJsonText.string(sb, h.layer());
                sb.append(",\"geometry\":");
                GeoJsonText.geometry(sb, h.lonLat());
                sb.append(",\"properties\":");
                GeoJsonText.properties(sb, Map.of("layer", h.layer(), "value", h.rasterValue()));
                sb.append('}');
            }
            for (Feature f : h.features()) {
                first = comma(sb, first);
                sb.append("{\"type\":\"Feature\",\"id\":");
                GeoJsonText.string(sb, h.layer() + "." + f.id());
                sb.append(",\"geometry\":");
                GeoJsonText.geometry(sb, f.geometry());
                sb.append(",\"properties\":");
                Map<String, Object> props = new java.util.LinkedHashMap<>();
                props.put("layer", h.layer());
                props.putAll(f.attributes());
                GeoJsonText.properties(sb, props);
                sb.append('}');
            }
        }
        return sb.append("]}").toString();
    }

    static String gml(List<FeatureInfoQuery.LayerHits> hits) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<wfs:FeatureCollection"
                + " xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:gml=\"http://www.opengis.net/gml\""
                + " xmlns:eco=\"https://ecocorridor.org/ns\">\n");
        for (FeatureInfoQuery.LayerHits h : hits) {
            if (h.rasterValue() != null) {
                sb.append("<gml:featureMember><eco:").append(h.layer()).append("><eco:geom>");
                geometry(sb, h.lonLat());
                sb.append("</eco:geom><eco:value>").append(number(h.rasterValue())).append("</eco:value></eco:")
                        .append(h.layer()).append("></gml:featureMember>\n");
            }
            for (Feature f : h.features()) {
                sb.append("<gml:featureMember><eco:").append(h.layer()).append(" fid=\"").append(escape(h.layer()))
                        .append('.').append(escape(String.valueOf(f.id()))).append("\"><eco:geom>");
                geometry(sb, f.geometry());
                sb.append("</eco:geom>");
                f.attributes().forEach((k, v) -> {
                    if (v != null) {
                        sb.append("<eco:").append(k).append('>').append(escape(v.toString())).append("</eco:")
                                .append(k).append('>');
                    }
                });
                sb.append("</eco:").append(h.layer()).append("></gml:featureMember>\n");
            }
        }
        return sb.append("</wfs:FeatureCollection>\n").toString();
    }

    /** GML 2 geometry with {@code gml:coordinates} (x,y tuples separated by spaces), EPSG:4326 lon/lat. */
    private static void geometry(StringBuilder sb, Geometry g) {
        String srs = " srsName=\"http://www.opengis.net/gml/srs/epsg.xml#4326\"";
        if (g instanceof Point p) {
            sb.append("<gml:Point").append(srs).append('>');
            coordinates(sb, p.getCoordinates());
            sb.append("</gml:Point>");
        } else if (g instanceof LineString l) {
            sb.append("<gml:LineString").append(srs).append('>');
            coordinates(sb, l.getCoordinates());
            sb.append("</gml:LineString>");
        } else if (g instanceof Polygon p) {
            sb.append("<gml:Polygon").append(srs).append("><gml:outerBoundaryIs><gml:LinearRing>");
            coordinates(sb, p.getExteriorRing().getCoordinates());
            sb.append("</gml:LinearRing></gml:outerBoundaryIs>");
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                sb.append("<gml:innerBoundaryIs><gml:LinearRing>");
                coordinates(sb, p.getInteriorRingN(i).getCoordinates());
                sb.append("</gml:LinearRing></gml:innerBoundaryIs>");
            }
            sb.append("</gml:Polygon>");
        } else if (g != null) {
            String type = g.getGeometryType();
            String member = type.equals("MultiPolygon") ? "polygonMember" : type.equals("MultiLineString")
                    ? "lineStringMember" : type.equals("MultiPoint") ? "pointMember" : "geometryMember";
            String tag = type.equals("GeometryCollection") ? "MultiGeometry" : type;
            sb.append("<gml:").append(tag).append(srs).append('>');
            for (int i = 0; i < g.getNumGeometries(); i++) {
                sb.append("<gml:").append(member).append('>');
                geometry(sb, g.getGeometryN(i));
                sb.append("</gml:").append(member).append('>');
            }
            sb.append("</gml:").append(tag).append('>');
        }
    }

    private static void coordinates(StringBuilder sb, Coordinate[] cs) {
        sb.append("<gml:coordinates decimal=\".\" cs=\",\" ts=\" \">");
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(CapabilitiesModel.number(cs[i].getX())).append(',').append(CapabilitiesModel.number(cs[i].getY()));
        }
        sb.append("</gml:coordinates>");
    }

    private static boolean comma(StringBuilder sb, boolean first) {
        if (!first) {
            sb.append(',');
        }
        return false;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

package org.ecocorridor.ogc.wfs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.source.FeatureEdit;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.filter.FilterXmlReader;
import org.ecocorridor.ogc.filter.PropertyNames;
import org.ecocorridor.ogc.gml.GmlGeometryReader;
import org.ecocorridor.ogc.ows.CrsName;
import org.ecocorridor.ogc.ows.RequestUser;
import org.ecocorridor.ogc.ows.XmlElement;

/**
 * Parses {@code wfs:Transaction} documents of WFS 2.0 (Insert, Update, Replace, Delete) and of WFS
 * 1.1/1.0 (Insert, Update, Delete; what QGIS sends even to a 2.0 server) into {@link FeatureEdit}s.
 * Feature elements are {@code eco:<type>} with one child per property, the geometry property
 * holding a GML geometry. Geometries without srsName are read in the version's default CRS:
 * {@code urn:ogc:def:crs:EPSG::4326} (latitude first) for 2.0, longitude first for 1.x, as
 * clients of those versions write them. Geometries of a 1.0.0 transaction are GML 2, read (x, y)
 * = (longitude, latitude) whatever their srsName: that is how QGIS writes them, even labelled
 * {@code urn:ogc:def:crs:EPSG::4326} ({@link GmlGeometryReader#eastingFirst}).
 *
 * <p>Thread-safe (stateless apart from the type resolver).
 */
final class TransactionParser {
    private final FeatureTypes types;

    TransactionParser(FeatureTypes types) {
        this.types = types;
    }

    List<FeatureEdit> parse(XmlElement root, RequestUser user) {
        boolean wfs20 = "2.0.0".equals(root.attribute("version")) || WfsNames.WFS_20.equals(root.namespace());
        CrsName defaultCrs = wfs20 ? CrsName.urnOf(4326) : CrsName.CRS84;
        GmlGeometryReader gml = "1.0.0".equals(root.attribute("version")) ? GmlGeometryReader.eastingFirst(defaultCrs)
                : new GmlGeometryReader(defaultCrs);
        List<FeatureEdit> edits = new ArrayList<>();
        for (XmlElement action : root.children()) {
            switch (action.localName()) {
                case "Insert" -> {
                    for (XmlElement f : features(action)) {
                        FeatureType type = typeOf(f, user);
                        edits.add(new FeatureEdit.Insert(type.name(), List.of(feature(f, type, gml))));
                    }
                }
                case "Update" -> {
                    FeatureType type = types.resolve(typeName(action), action.namespaces(), user, "typeName");
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (XmlElement p : action.children("Property")) {
                        String name = p.child("ValueReference").or(() -> p.child("Name")).map(XmlElement::text)
                                .map(PropertyNames::normalize)
                                .orElseThrow(() -> OgcException.invalidParameter("Property", "Property without a name"));
                        values.put(name, p.child("Value").map(v -> value(v, name, type, gml)).orElse(null));
                    }
                    if (values.isEmpty()) {
                        throw OgcException.invalidParameter("Update", "Update of " + type.name() + " sets no property");
                    }
                    edits.add(new FeatureEdit.Update(type.name(), values, filter(action, type, defaultCrs)));
                }
                case "Replace" -> {
                    XmlElement f = features(action).stream().findFirst().orElseThrow(() ->
                            OgcException.invalidParameter("Replace", "Replace without a feature"));
                    FeatureType type = typeOf(f, user);
                    edits.add(new FeatureEdit.Replace(type.name(), feature(f, type, gml),
                            filter(action, type, defaultCrs)));
                }
                case "Delete" -> {
                    FeatureType type = types.resolve(typeName(action), action.namespaces(), user, "typeName");
                    edits.add(new FeatureEdit.Delete(type.name(), filter(action, type, defaultCrs)));
                }
                case "LockId" -> {
                    // no locking: ignored
                }
                default -> throw OgcException.optionNotSupported(action.localName(),
                        "Transaction action " + action.localName() + " is not supported");
            }
        }
        if (edits.isEmpty()) {
            throw OgcException.invalidParameter("Transaction", "The transaction has no action");
        }
        return edits;
    }

    private static List<XmlElement> features(XmlElement action) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : action.children()) {
            if (c.is("FeatureCollection")) {
                c.children().forEach(m -> out.addAll(m.children()));
            } else if (!c.is("Filter")) {
                out.add(c);
            }
        }
        return out;
    }

    private FeatureType typeOf(XmlElement f, RequestUser user) {
        if (!WfsNames.ECO_NS.equals(f.namespace())) {
            throw OgcException.invalidParameter("typeName", "Unknown feature type {" + f.namespace() + "}"
                    + f.localName());
        }
        return types.resolve(f.localName(), Map.of(), user, "typeName");
    }

    private static Feature feature(XmlElement f, FeatureType type, GmlGeometryReader gml) {
        Map<String, Object> values = new LinkedHashMap<>();
        org.locationtech.jts.geom.Geometry geometry = null;
        for (XmlElement p : f.children()) {
            if (!WfsNames.ECO_NS.equals(p.namespace())) {
                continue; // gml:name, gml:boundedBy, ... are not stored
            }
            if (p.localName().equals(type.geometryName())) {
                geometry = p.children().isEmpty() ? null : gml.read(p.children().get(0));
            } else if (!"true".equals(p.attribute(WfsNames.XSI, "nil"))) {
                values.put(p.localName(), p.rawText());
            } else {
                values.put(p.localName(), null);
            }
        }
        return new Feature(null, geometry, values);
    }

    private static Object value(XmlElement v, String name, FeatureType type, GmlGeometryReader gml) {
        if (name.equals(type.geometryName())) {
            if (v.children().isEmpty()) {
                throw OgcException.invalidParameter("Value", "The geometry property " + name + " needs a GML geometry");
            }
            return gml.read(v.children().get(0));
        }
        return v.rawText();
    }

    private static Filter filter(XmlElement action, FeatureType type, CrsName defaultCrs) {
        XmlElement f = action.child("Filter").orElseThrow(() ->
                OgcException.missingParameter(action.localName() + "/Filter"));
        return ResourceIdScope.scope(new FilterXmlReader(defaultCrs, "Filter").read(f), type.name());
    }

    private static String typeName(XmlElement action) {
        String t = action.attribute("typeName") != null ? action.attribute("typeName") : action.attribute("typeNames");
        if (t == null) {
            throw OgcException.missingParameter("typeName");
        }
        return t;
    }
}

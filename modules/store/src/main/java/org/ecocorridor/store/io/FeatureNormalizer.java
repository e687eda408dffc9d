package org.ecocorridor.store.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecocorridor.core.crs.GeometryTransform;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns a {@link RawFeature} into a {@link Feature} of the source's schema:
 * <ol>
 *   <li>values converted to their attribute's type ({@link AttributeValues#convert}); a failure
 *       names the row and the file's column;</li>
 *   <li>empty geometries become null; invalid ones go through the {@link GeometryGate};</li>
 *   <li>reprojection to EPSG:4326 (x = longitude), then a range check: longitude within
 *       [−180°, 180°] and latitude within [−90°, 90°] (1e-9° tolerance), which catches projected
 *       coordinates in a file that declares no CRS;</li>
 *   <li>fitting to the layer kind ({@link LayerKinds#fit}): Polygon into MultiPolygon layers, etc.</li>
 * </ol>
 * The feature id is the file's, or the row number.
 *
 * <p>Not thread-safe; one per cursor.
 */
final class FeatureNormalizer {
    private static final double RANGE_TOLERANCE_DEGREES = 1e-9;

    private final String file;
    private final FeatureSchema schema;
    private final ColumnBinder binder;
    private final GeometryGate gate;
    private final GeometryTransform toLonLat;
    private final boolean decimalComma;
    private final ReportBuilder report;
    private final Map<String, AttributeDescriptor> bound = new HashMap<>();

    /**
     * @param toLonLat the transform from the source CRS to EPSG:4326, or null when the source is 4326
     */
    FeatureNormalizer(String file, FeatureSchema schema, ColumnBinder binder, GeometryGate gate,
                      GeometryTransform toLonLat, boolean decimalComma, ReportBuilder report) {
        this.file = file;
        this.schema = schema;
        this.binder = binder;
        this.gate = gate;
        this.toLonLat = toLonLat;
        this.decimalComma = decimalComma;
        this.report = report;
    }

    FeatureSchema schema() {
        return schema;
    }

    Feature normalize(RawFeature raw) throws ImportException, GeometryGate.Rejected {
        Map<String, Object> attributes = attributes(raw);
        Geometry geometry = geometry(raw, report::repaired, true);
        return new Feature(raw.id() != null ? raw.id() : Long.toString(raw.row()), geometry, attributes);
    }

    /** Step 1: attribute values by attribute name, in schema order. */
    Map<String, Object> attributes(RawFeature raw) throws ImportException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (AttributeDescriptor a : schema.attributes()) {
            out.put(a.name(), null);
        }
        for (Map.Entry<String, Object> e : raw.values().entrySet()) {
            AttributeDescriptor target = bound.computeIfAbsent(e.getKey(), binder::bind);
            if (target == null || e.getValue() == null) {
                continue;
            }
            try {
                out.put(target.name(), AttributeValues.convert(e.getValue(), target.type(), decimalComma));
            } catch (IllegalArgumentException ex) {
                throw ImportException.atRow(file, raw.row(), e.getKey(), ex.getMessage());
            }
        }
        for (AttributeDescriptor a : schema.attributes()) {
            if (!a.nullable() && out.get(a.name()) == null) {
                throw ImportException.atRow(file, raw.row(), a.name(), "a value is required");
            }
        }
        return out;
    }

    /**
     * Steps 2 to 4.
     *
     * @param project false for a dry pass before the source CRS is settled: no reprojection and no
     *                range check
     */
    Geometry geometry(RawFeature raw, GeometryGate.RepairListener repairs, boolean project)
            throws ImportException, GeometryGate.Rejected {
        Geometry g = raw.geometry();
        if (g == null || g.isEmpty()) {
            return null;
        }
        g = gate.apply(file, raw.row(), g, repairs);
        if (project) {
            g = lonLat(raw.row(), g);
        }
        Geometry fitted = LayerKinds.fit(g, schema.geometryKind());
        if (fitted == null) {
            throw ImportException.atRow(file, raw.row(), null, "geometry type " + g.getGeometryType()
                    + " does not fit the layer type " + schema.geometryKind().ogcName());
        }
        return fitted;
    }

    private Geometry lonLat(long row, Geometry g) throws ImportException {
        Geometry out;
        try {
            out = toLonLat == null ? g : toLonLat.apply(g);
        } catch (IllegalArgumentException e) {
            throw ImportException.atRow(file, row, null, e.getMessage());
        }
        out.setSRID(4326);
        Envelope env = out.getEnvelopeInternal();
        double t = RANGE_TOLERANCE_DEGREES;
        if (env.getMinX() < -180 - t || env.getMaxX() > 180 + t || env.getMinY() < -90 - t || env.getMaxY() > 90 + t) {
            throw ImportException.atRow(file, row, null, "coordinates outside the longitude/latitude range (x "
                    + env.getMinX() + " to " + env.getMaxX() + ", y " + env.getMinY() + " to " + env.getMaxY()
                    + "); declare the file's CRS (EPSG code)");
        }
        return out;
    }

    /** Maps a file column to its attribute, or null to ignore the column. */
    @FunctionalInterface
    interface ColumnBinder {
        AttributeDescriptor bind(String sourceColumn);
    }
}

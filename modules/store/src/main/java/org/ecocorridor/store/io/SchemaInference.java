package org.ecocorridor.store.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.locationtech.jts.geom.Geometry;

/**
 * The first pass over a GeoJSON or CSV file: streams every feature once, keeping only per-column
 * types ({@link AttributeValues#typeOf}, widened) and the geometry kinds seen after repair
 * ({@link LayerKinds}), so that the schema is known before the import's transaction starts.
 *
 * <p>It also fails early, before any row is written: under REJECT it lists up to 100 invalid
 * geometries; with a {@link ReadOptions#targetSchema()} it converts every value and checks every
 * geometry kind, so a wrong column type is reported here with its row and column.
 *
 * <p>Not thread-safe; one per source.
 */
final class SchemaInference {
    private final String file;
    private final ReadOptions options;
    private final boolean numbersInText;
    private final boolean decimalComma;
    private final GeometryGate gate;
    private final AttributeNames names = new AttributeNames();
    private final Map<String, AttributeType> types = new LinkedHashMap<>();
    private final LayerKinds kinds = new LayerKinds();

    /**
     * @param numbersInText whether text values may be numbers and booleans (CSV) or not (GeoJSON)
     * @param decimalComma  whether {@code 1,5} is a number
     */
    SchemaInference(String file, ReadOptions options, boolean numbersInText, boolean decimalComma) {
        this.file = file;
        this.options = options;
        this.numbersInText = numbersInText;
        this.decimalComma = decimalComma;
        this.gate = new GeometryGate(options.geometryPolicy());
    }

    GeometryGate gate() {
        return gate;
    }

    /** Registers columns known before the pass (a CSV header), so that empty files keep them. */
    void declare(List<String> columns) {
        for (String column : columns) {
            names.allocate(column);
            types.putIfAbsent(column, null);
        }
    }

    /** Reads the whole pass; see the class comment for what fails here. */
    void run(RawFeatureReader reader, ReportBuilder report) throws IOException, ImportException {
        FeatureSchema target = options.targetSchema();
        FeatureNormalizer checker = target == null ? null
                : new FeatureNormalizer(file, target, binder(target), gate, null, decimalComma, report);
        InvalidRows invalid = new InvalidRows();
        for (RawFeature raw = reader.next(); raw != null; raw = reader.next()) {
            if (checker != null) {
                checker.attributes(raw);
            } else {
                for (Map.Entry<String, Object> e : raw.values().entrySet()) {
                    names.allocate(e.getKey());
                    AttributeType seen = AttributeValues.typeOf(e.getValue(), numbersInText, decimalComma);
                    types.put(e.getKey(), AttributeValues.widen(types.get(e.getKey()), seen));
                }
            }
            try {
                if (checker != null) {
                    checker.geometry(raw, GeometryGate.RepairListener.NONE, false);
                } else if (raw.geometry() != null && !raw.geometry().isEmpty()) {
                    Geometry kept = gate.apply(file, raw.row(), raw.geometry(), GeometryGate.RepairListener.NONE);
                    kinds.observe(kept);
                }
            } catch (GeometryGate.Rejected rejected) {
                invalid.add(rejected);
            }
        }
        if (!invalid.isEmpty()) {
            throw invalid.toException(file);
        }
    }

    /**
     * The schema: the target schema when given, else the inferred attributes (all nullable; a
     * column with only nulls is STRING) in order of first appearance, with {@code kind} or the
     * inferred kind when {@code kind} is null.
     */
    FeatureSchema schema(GeometryKind kind) {
        if (options.targetSchema() != null) {
            return options.targetSchema();
        }
        List<AttributeDescriptor> attributes = new ArrayList<>();
        for (Map.Entry<String, AttributeType> e : types.entrySet()) {
            AttributeType type = e.getValue() == null ? AttributeType.STRING : e.getValue();
            attributes.add(new AttributeDescriptor(names.nameOf(e.getKey()), type, true));
        }
        return new FeatureSchema(kind != null ? kind : kinds.result(), 4326, attributes);
    }

    /** Maps file columns to attributes of {@code schema} by their normalised names. */
    FeatureNormalizer.ColumnBinder binder(FeatureSchema schema) {
        return source -> schema.attribute(names.allocate(source)).orElse(null);
    }

    /**
     * Records the column renaming in the report and, with a target schema, warns about file columns
     * it lacks and attributes the file lacks.
     */
    void describe(FeatureSchema schema, ReportBuilder report) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<String> matched = new ArrayList<>();
        for (Map.Entry<String, String> e : names.mapping().entrySet()) {
            if (schema.attribute(e.getValue()).isPresent()) {
                kept.put(e.getKey(), e.getValue());
                matched.add(e.getValue());
            } else {
                report.warn("Column \"" + e.getKey() + "\" is not an attribute of the target layer; ignored");
            }
        }
        for (AttributeDescriptor a : schema.attributes()) {
            if (!matched.contains(a.name())) {
                report.warn("Attribute \"" + a.name() + "\" has no column in the file; left null");
            }
        }
        report.attributeNames(kept);
    }
}

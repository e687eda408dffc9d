package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.connectivity.transboundary.Country;
import org.ecocorridor.connectivity.transboundary.CountryShare;
import org.ecocorridor.connectivity.transboundary.CountryShares;
import org.ecocorridor.connectivity.transboundary.FeatureShares;
import org.ecocorridor.connectivity.transboundary.MeasureKind;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.AttributeType;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.feature.GeometryKind;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.ResultLayer;

/**
 * The generic country-shares tool (process {@code country-shares}): for every feature of a stored
 * polygon or line layer, its area or length in each country and the share of the whole. Areas are
 * computed in the region's equal-area CRS, lengths geodesically ({@link CountryShares}).
 *
 * <p>Countries come from the demo {@code countries} table, or from any stored polygon layer whose
 * features carry an ISO 3166 alpha-3 code in one of the attributes {@link #ISO_ATTRIBUTES} (Natural
 * Earth's {@code iso_a3}/{@code adm0_a3} included). Published as {@code run_<id>_country_shares}: one
 * feature per (feature, country) with the part of the geometry inside that country.
 *
 * <p>Thread-safe; one run per call.
 */
public final class StoreCountryShares {
    public static final String PROCESS_ID = "country-shares";
    static final List<String> ISO_ATTRIBUTES = List.of("iso3", "iso_a3", "adm0_a3", "country_iso3", "gu_a3", "sov_a3");
    static final FeatureSchema SCHEMA = new FeatureSchema(GeometryKind.GEOMETRY, 4326, List.of(
            new AttributeDescriptor("feature_id", AttributeType.STRING, false),
            new AttributeDescriptor("iso3", AttributeType.STRING, true),
            new AttributeDescriptor("measure", AttributeType.STRING, false),
            new AttributeDescriptor("value", AttributeType.DOUBLE, false),
            new AttributeDescriptor("share", AttributeType.DOUBLE, false)));

    private final SpatialStore store;

    public StoreCountryShares(SpatialStore store) {
        this.store = store;
    }

    /** The result: the run, its layer and the shares per feature. */
    public record Outcome(long runId, String layer, List<FeatureShares> shares) {
    }

    /**
     * Measures layer {@code layer} against {@code countriesLayer} (null: the {@code countries} table).
     *
     * @throws IllegalArgumentException for an unknown or raster layer, or countries without ISO codes
     */
    public Outcome run(String layer, String countriesLayer, String user) {
        return run(layer, countriesLayer, RunScope.standalone(store, user));
    }

    /** Runs in {@code scope} (a job's, or a standalone run). */
    public Outcome run(String layer, String countriesLayer, RunScope scope) {
        requireVector(layer);
        try (FeatureCursor cursor = store.features().open(layer)) {
            return run(layer, cursor, countriesLayer, scope);
        }
    }

    /**
     * Measures features given directly (e.g. inline GeoJSON, EPSG:4326) against {@code countriesLayer}.
     *
     * @param layer a label for the features, used in titles and the run's parameters
     */
    public Outcome run(String layer, FeatureCursor cursor, String countriesLayer, RunScope scope) {
        List<Country> countries = countriesLayer == null
                ? store.analysisInputs().countries().stream().map(c -> new Country(c.key(), c.geometry())).toList()
                : countriesOf(countriesLayer);
        CountryShares tool = new CountryShares(countries);
        Map<String, Country> byIso = new LinkedHashMap<>();
        countries.forEach(c -> byIso.put(c.iso3(), c));
        long runId = scope.begin(PROCESS_ID, String.format(Locale.ROOT, "{\"layer\":\"%s\",\"countries\":%s}",
                layer, countriesLayer == null ? "null" : "\"" + countriesLayer + "\""));
        try {
            List<FeatureShares> all = new ArrayList<>();
            List<Feature> rows = new ArrayList<>();
            {
                while (cursor.hasNext()) {
                    Feature f = cursor.next();
                    if (f.geometry() == null || f.geometry().isEmpty() || f.geometry().getDimension() == 0) {
                        continue;
                    }
                    FeatureShares s = tool.measure(f.id(), f.geometry());
                    all.add(s);
                    for (CountryShare c : s.shares()) {
                        rows.add(new Feature(f.id() + "." + c.iso3(), f.geometry().intersection(byIso.get(c.iso3()).geometry()),
                                row(f.id(), c.iso3(), s.kind(), c.measure(), c.share())));
                    }
                    if (s.unassignedMeasure() > 0) {
                        rows.add(new Feature(f.id() + ".none", null,
                                row(f.id(), null, s.kind(), s.unassignedMeasure(), s.unassignedMeasure() / s.totalMeasure())));
                    }
                }
            }
            List<String> entries = scope.publish(runId, List.of(ResultLayer.vector(
                    "country_shares", "Country shares of " + layer, "Per feature of " + layer + " and country: area (km2)"
                            + " or length (km) and share; iso3 empty = outside every country.", null, SCHEMA, rows)));
            scope.succeeded(runId, all.size() + " features measured");
            return new Outcome(runId, entries.get(0), all);
        } catch (RuntimeException e) {
            scope.failed(runId, e.getMessage());
            throw e;
        }
    }

    private static Map<String, Object> row(String id, String iso3, MeasureKind kind, double measure, double share) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("feature_id", id);
        a.put("iso3", iso3);
        boolean area = kind == MeasureKind.AREA_SQUARE_METRES;
        a.put("measure", area ? "area_km2" : "length_km");
        a.put("value", area ? measure / 1e6 : measure / 1e3);
        a.put("share", share);
        return a;
    }

    private void requireVector(String layer) {
        var entry = store.catalog().get(layer)
                .orElseThrow(() -> new IllegalArgumentException("No layer named \"" + layer + "\""));
        if (entry.info().kind() != LayerKind.VECTOR) {
            throw new IllegalArgumentException("Layer \"" + layer + "\" is a raster; country shares need polygons or lines");
        }
    }

    private List<Country> countriesOf(String layer) {
        requireVector(layer);
        FeatureSchema schema = store.features().schema(layer);
        String iso = ISO_ATTRIBUTES.stream().filter(n -> schema.attribute(n).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Countries layer \"" + layer + "\" has none of the ISO"
                        + " code attributes " + ISO_ATTRIBUTES));
        Map<String, org.locationtech.jts.geom.Geometry> byCode = new LinkedHashMap<>();
        try (FeatureCursor cursor = store.features().open(layer)) {
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                Object code = f.get(iso);
                if (code != null && f.geometry() != null && !"-99".equals(code)) {
                    byCode.merge(code.toString(), f.geometry(), org.locationtech.jts.geom.Geometry::union);
                }
            }
        }
        return byCode.entrySet().stream().map(e -> new Country(e.getKey(), e.getValue())).toList();
    }
}

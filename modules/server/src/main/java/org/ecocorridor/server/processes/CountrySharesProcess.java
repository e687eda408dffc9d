package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.catalog.LayerKind;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.server.analysis.StoreCountryShares;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** How much of each feature (area or length) lies in each country, in the equal-area CRS. */
public final class CountrySharesProcess implements AnalysisProcess {
    public static final String ID = "country-shares";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> in = new LinkedHashMap<>();
        in.put("layer", new Parameter("Features", "A stored polygon or line layer, or an inline GeoJSON"
                + " FeatureCollection (EPSG:4326).", Schemas.layerOrGeoJson(), 1, 1));
        in.put("countries", new Parameter("Countries layer", "A stored polygon layer with ISO alpha-3 codes"
                + " (default: the countries table).", Schemas.string(null, null), 0, 1));
        Map<String, Parameter> out = new LinkedHashMap<>();
        out.put("country_shares", new Parameter("Country shares", "Published layer run_<id>_country_shares",
                Schemas.layerLink(), 1, 1));
        return new ProcessDescription(ID, "Country shares", "Per feature and country: area (km²) or length (km)"
                + " inside the country and its share, measured in the equal-area CRS (LAEA 45°N 115°E).", "1.0.0",
                List.of("transboundary", "country", "share"), in, out, true);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        JsonNode layer = in.json("layer");
        if (layer == null) {
            throw new InvalidInputException("layer", "Input \"layer\" is required: a stored layer name or a GeoJSON"
                    + " FeatureCollection");
        }
        if (layer.isString()) {
            requireVector(store, "layer", layer.asString());
        } else {
            InlineGeoJson.features(layer, "layer");
        }
        String countries = in.text("countries");
        if (countries != null) {
            requireVector(store, "countries", countries);
        }
        return in.complete();
    }

    private static void requireVector(SpatialStore store, String field, String name) {
        var entry = store.catalog().get(name).orElseThrow(() -> new InvalidInputException(field,
                "No layer named \"" + name + "\""));
        if (entry.info().kind() != LayerKind.VECTOR) {
            throw new InvalidInputException(field, "Layer \"" + name + "\" is a raster; polygons or lines are needed");
        }
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        JsonNode layer = context.inputs().get("layer");
        String countries = context.inputs().path("countries").isString() ? context.inputs().get("countries").asString() : null;
        StoreCountryShares tool = new StoreCountryShares(context.store());
        CollectingScope scope = new CollectingScope(context);
        context.recordInput(ContentHashes.stored(context.store(), "countries", countries == null ? "countries" : countries));
        StoreCountryShares.Outcome o;
        String label;
        if (layer.isString()) {
            label = layer.asString();
            context.recordInput(ContentHashes.stored(context.store(), "features", label));
            o = tool.run(label, countries, scope);
        } else {
            label = "inline GeoJSON";
            List<Feature> features = InlineGeoJson.features(layer, "layer");
            context.recordInput(new org.ecocorridor.report.model.RunMetadata.InputRecord("features", label,
                    ContentHashes.text(layer.toString()), features.size()));
            o = tool.run("inline", FeatureCursors.of(new org.ecocorridor.core.feature.FeatureSchema(
                    org.ecocorridor.core.feature.GeometryKind.GEOMETRY, 4326, List.of()), features), countries, scope);
        }
        context.progress().progress(0.9, "Publishing");
        List<String> layers = scope.publishAll();
        List<Feature> rows = new ArrayList<>();
        try (var cursor = context.store().features().open(layers.get(0))) {
            while (cursor.hasNext()) {
                rows.add(cursor.next());
            }
        }
        String summary = o.shares().size() + " features of " + label + " measured";
        return new ProcessOutcome(layers, summary, Map.of("features", o.shares().size()), "Country shares of " + label,
                summary + ".", List.of(
                ReportSection.of("Country shares",
                        ReportContent.map("country_shares", "Features by country", "The parts of each feature in each"
                                + " country.", layers, 3857),
                        ReportContent.table("country_shares", "Per-country shares", context.store().features()
                                .schema(layers.get(0)), rows)),
                ReportSection.of("Method", new MethodNote("Each feature is intersected with each country's outline and"
                        + " measured in the Lambert azimuthal equal-area CRS centred at 45°N 115°E (areas) or as"
                        + " geodesic-accurate lengths in the same CRS (lines).",
                        List.of(new MethodNote.Formula("share", "s_c = m(F ∩ C) / m(F)")), List.of()))));
    }
}

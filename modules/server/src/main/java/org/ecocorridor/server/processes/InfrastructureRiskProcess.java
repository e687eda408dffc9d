package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.connectivity.risk.Infrastructure;
import org.ecocorridor.connectivity.risk.InfrastructureKind;
import org.ecocorridor.connectivity.risk.PopulationTrajectory;
import org.ecocorridor.connectivity.risk.RiskParameters;
import org.ecocorridor.connectivity.risk.SiteRiskChange;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.ReportBlock;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.ReportTable.Column;
import org.ecocorridor.server.analysis.EnergyScenario;
import org.ecocorridor.server.analysis.StoreInfrastructureRisk;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import org.ecocorridor.store.ingest.RunPublisher;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Wind farms and power lines near flyway sites: a risk index per site, and optionally a "what if" scenario of
 * planned infrastructure (inline GeoJSON) with a population projection.
 */
public final class InfrastructureRiskProcess implements AnalysisProcess {
    public static final String ID = "infrastructure-risk";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> in = new LinkedHashMap<>();
        in.put("species", new Parameter("Species", "A waterbird (default: the sites of every species).",
                Schemas.string(List.of("black_faced_spoonbill", "white_naped_crane", "hooded_crane"), null), 0, 1));
        ObjectNode radii = Schemas.arrayOf(Schemas.number(0, null));
        RiskParameters.defaults().bufferRadiiKm().forEach(radii.putArray("default")::add);
        in.put("bufferRadiiKm", new Parameter("Buffer radii", "Ring radii around each site, km, increasing.",
                radii, 0, 1));
        in.put("scenario", new Parameter("Planned infrastructure", "Inline GeoJSON FeatureCollection (EPSG:4326):"
                + " points are wind farms (property capacity_mw), lines are power lines. Needs a species.",
                Schemas.layerOrGeoJson(), 0, 1));
        in.put("years", new Parameter("Projection years", "Population projection horizon for the scenario.",
                Schemas.integer(1, 100, 20), 0, 1));
        Map<String, Parameter> out = new LinkedHashMap<>();
        out.put("infrastructure_risk", new Parameter("Risk per site", "Published layer run_<id>_infrastructure_risk",
                Schemas.layerLink(), 1, 1));
        return new ProcessDescription(ID, "Infrastructure risk", "Wind farms (count, MW) and power-line length in"
                + " rings around each flyway site, a hazard and risk index per site; with a scenario, the change in"
                + " risk and a population projection with and without it.", "1.0.0",
                List.of("energy", "wind farm", "power line", "risk", "flyway"), in, out, true);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        SpeciesCode species = in.optionalSpecies("species", SpeciesGroup.WATERBIRD);
        in.increasing("bufferRadiiKm", RiskParameters.defaults().bufferRadiiKm());
        JsonNode scenario = in.json("scenario");
        if (scenario != null) {
            if (species == null) {
                throw new InvalidInputException("species", "A scenario needs a species (its flyway population)");
            }
            added(InlineGeoJson.features(scenario, "scenario"));
        }
        in.integer("years", 1, 100, 20);
        return in.complete();
    }

    private static List<Infrastructure> added(List<Feature> features) {
        List<Infrastructure> added = new ArrayList<>();
        for (Feature f : features) {
            boolean point = f.geometry() instanceof Puntal;
            Object mw = f.get("capacity_mw");
            if (point && !(mw instanceof Double d && d > 0)) {
                throw new InvalidInputException("scenario", "Scenario wind farm " + f.id() + " needs a positive"
                        + " property capacity_mw");
            }
            added.add(new Infrastructure("scenario-" + f.id(), point ? InfrastructureKind.WIND_FARM
                    : InfrastructureKind.POWER_LINE, "planned " + f.id(), point ? (f.geometry() instanceof Point p ? p
                    : f.geometry().getCentroid()) : f.geometry(), point ? (Double) mw : Double.NaN));
        }
        return added;
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        ObjectNode in = context.inputs();
        SpeciesCode species = in.path("species").isString() ? SpeciesCode.of(in.get("species").asString()) : null;
        List<Double> radii = new ArrayList<>();
        in.path("bufferRadiiKm").values().forEach(v -> radii.add(v.doubleValue()));
        context.recordInput(ContentHashes.stored(context.store(), "flyway sites", "flyway_sites"));
        context.recordInput(ContentHashes.stored(context.store(), "infrastructure", "infrastructure"));
        CollectingScope scope = new CollectingScope(context);
        StoreInfrastructureRisk.Outcome o = new StoreInfrastructureRisk(context.store()).run(species, radii, scope,
                context.progress().range(0, 0.7));
        List<ReportBlock> blocks = new ArrayList<>(List.of(
                new Paragraph("Rings of " + radii + " km around each site."),
                ReportContent.map("risk", "Infrastructure risk near flyway sites", "Sites by risk index with wind farms"
                        + " and power lines.", List.of("wind_farms", "power_lines", RunPublisher.layerName(context.runId(), "infrastructure_risk")), 3857),
                ReportContent.table("infrastructure_risk", "Infrastructure risk per site (ranked)", o.schema(),
                        o.features())));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sites", o.ranked().size());
        values.put("max_risk_index", o.ranked().isEmpty() ? 0 : o.ranked().get(0).riskIndex());
        JsonNode scenario = in.get("scenario");
        if (scenario != null && species != null) {
            List<Feature> features = InlineGeoJson.features(scenario, "scenario");
            context.recordInput(new org.ecocorridor.report.model.RunMetadata.InputRecord("planned infrastructure",
                    "inline GeoJSON", ContentHashes.text(scenario.toString()), features.size()));
            context.progress().progress(0.75, "Evaluating the scenario");
            EnergyScenario.Outcome s = new EnergyScenario(context.store()).run(species, added(features),
                    in.path("years").asInt(20));
            blocks.add(scenarioTable(s));
            blocks.add(projection(s));
            values.put("flow_before", s.result().flowBefore());
            values.put("flow_after", s.result().flowAfter());
            values.put("population_with_scenario", last(s.projectionWith().withAddedMortality()));
        }
        List<String> layers = scope.publishAll();
        String summary = o.ranked().size() + " sites assessed" + (o.ranked().isEmpty() ? "" : String.format(Locale.ROOT,
                "; highest risk index %.3f at %s", o.ranked().get(0).riskIndex(), o.ranked().get(0).siteCode()));
        return new ProcessOutcome(layers, summary, values, "Infrastructure risk"
                + (species == null ? "" : " for " + species.displayName()), summary + ".", List.of(
                new ReportSection("Infrastructure risk", blocks),
                ReportSection.of("Method", new MethodNote("Each ring r around a site sums the wind-farm capacity MW_r"
                        + " and the power-line length L_r inside it; rings are weighted w_r (nearer counts more).",
                        List.of(new MethodNote.Formula("hazard", "h = Σ_r w_r (μ_MW MW_r + μ_km L_r)"),
                                new MethodNote.Formula("risk index", "R = 1 − e^(−h)"),
                                new MethodNote.Formula("projection", "N_t = N_0 (λ (1 − m))^t")),
                        List.of(ReportContent.RAMSAR)))));
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static ReportTable scenarioTable(EnergyScenario.Outcome s) {
        List<List<Object>> rows = new ArrayList<>();
        for (SiteRiskChange c : s.result().affectedSites()) {
            rows.add(List.of(c.siteCode(), c.riskBefore(), c.riskAfter(), c.capacityBefore(), c.capacityAfter()));
        }
        return new ReportTable("scenario_sites", "Sites whose risk rises with the planned infrastructure", List.of(
                Column.of("site"), Column.of("risk_before"), Column.of("risk_after"), new Column("capacity_before", "birds"),
                new Column("capacity_after", "birds")), rows);
    }

    private static ChartFigure projection(EnergyScenario.Outcome s) {
        PopulationTrajectory without = s.projectionWithout();
        PopulationTrajectory with = s.projectionWith();
        return new ChartFigure("population", "Population projection", ChartFigure.Kind.LINE, "Years from now",
                "Birds", List.of(series("no added mortality", without.baseline()),
                series(String.format(Locale.ROOT, "today's infrastructure (m = %.4f)", without.addedMortality()),
                        without.withAddedMortality()),
                series(String.format(Locale.ROOT, "with the scenario (m = %.4f)", with.addedMortality()),
                        with.withAddedMortality())));
    }

    private static ChartFigure.Series series(String name, List<Double> values) {
        List<ChartFigure.Point> points = new ArrayList<>();
        for (int t = 0; t < values.size(); t++) {
            points.add(ChartFigure.Point.xy(t, values.get(t)));
        }
        return new ChartFigure.Series(name, points);
    }
}

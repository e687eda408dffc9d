package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ecocorridor.connectivity.flyway.FlywayParameters;
import org.ecocorridor.connectivity.flyway.SiteAssessment;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MethodNote;
import org.ecocorridor.report.model.Paragraph;
import org.ecocorridor.report.model.QualityChecks;
import org.ecocorridor.report.model.QualityChecks.Check;
import org.ecocorridor.report.model.QualityChecks.Status;
import org.ecocorridor.report.model.ReportSection;
import org.ecocorridor.server.analysis.StoreFlywayAnalysis;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import org.ecocorridor.store.SpatialStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A waterbird's stopover network: site importance, critical sites and the flight legs between them. */
public final class FlywayNetworkProcess implements AnalysisProcess {
    public static final String ID = "flyway-network";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ProcessDescription describe(SpatialStore store) {
        Map<String, Parameter> in = new LinkedHashMap<>();
        in.put("species", new Parameter("Species", "A waterbird: black_faced_spoonbill, white_naped_crane or"
                + " hooded_crane.", Schemas.string(List.of("black_faced_spoonbill", "white_naped_crane", "hooded_crane"),
                null), 1, 1));
        ObjectNode range = Schemas.number(0, null);
        ObjectNode bySpecies = range.putObject("x-default-by-species");
        StringBuilder text = new StringBuilder();
        for (SpeciesCode s : SpeciesCode.values()) {
            if (s.group() == SpeciesGroup.WATERBIRD) {
                double km = FlywayParameters.defaults(s).maxFlightRangeKm();
                bySpecies.put(s.code(), km);
                text.append(text.length() == 0 ? "" : ", ").append(s.code()).append(' ').append(Math.round(km)).append(" km");
            }
        }
        in.put("maxFlightRangeKm", new Parameter("Maximum non-stop flight", "Longest leg between sites, km; default"
                + " from the species profile: " + text + ".", range, 0, 1));
        Map<String, Parameter> out = new LinkedHashMap<>();
        out.put("site_importance", new Parameter("Site importance", "Published layer run_<id>_site_importance",
                Schemas.layerLink(), 1, 1));
        out.put("flyway_edges", new Parameter("Flight legs", "Published layer run_<id>_flyway_edges",
                Schemas.layerLink(), 1, 1));
        return new ProcessDescription(ID, "Flyway stopover network", "Sites with a role for the species, joined by"
                + " legs within the maximum non-stop flight range; per site: counts, Ramsar criterion 6 screening,"
                + " betweenness, flow and route loss on removal, critical and unprotected flags.", "1.0.0",
                List.of("flyway", "stopover", "waterbird", "Ramsar"), in, out, true);
    }

    @Override
    public ObjectNode validate(JsonNode inputs, SpatialStore store) {
        ProcessInputs in = new ProcessInputs(inputs);
        in.species("species", SpeciesGroup.WATERBIRD, null);
        in.positive("maxFlightRangeKm", Double.NaN);
        return in.complete();
    }

    @Override
    public ProcessOutcome execute(ProcessContext context) {
        SpeciesCode species = SpeciesCode.of(context.inputs().get("species").asString());
        JsonNode range = context.inputs().path("maxFlightRangeKm");
        double km = range.isNumber() ? range.doubleValue() : Double.NaN;
        context.recordInput(ContentHashes.stored(context.store(), "flyway sites", "flyway_sites"));
        context.recordInput(ContentHashes.stored(context.store(), "survey counts", "survey_counts"));
        CollectingScope scope = new CollectingScope(context);
        StoreFlywayAnalysis.Outcome o = new StoreFlywayAnalysis(context.store()).run(species, km, scope,
                context.progress().range(0, 0.9));
        List<String> layers = scope.publishAll();
        var a = o.assessment();
        long critical = a.sites().stream().filter(SiteAssessment::critical).count();
        List<ChartFigure.Point> counts = new ArrayList<>();
        for (SiteAssessment s : a.sites()) {
            counts.add(ChartFigure.Point.bar(s.name(), s.maxCount()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sites", a.sites().size());
        values.put("critical_sites", critical);
        values.put("unprotected_critical_sites", a.unprotectedCriticalSites().size());
        String summary = String.format(Locale.ROOT, "%d sites, %d critical, %d of them unprotected", a.sites().size(),
                critical, a.unprotectedCriticalSites().size());
        List<Check> checks = List.of(
                new Check("Every wintering site reachable", a.allWinteringReachable() ? Status.PASS : Status.WARN,
                        "within legs of at most " + a.maxFlightRangeKm() + " km"),
                new Check("Ramsar 1 % threshold known", a.onePercentThreshold() > 0 ? Status.PASS : Status.WARN,
                        String.format(Locale.ROOT, "%.0f birds (1 %% of the flyway population)", a.onePercentThreshold())));
        FlywayParameters p = FlywayParameters.defaults(species);
        return new ProcessOutcome(layers, summary, values, "Flyway stopover network for " + species.displayName(),
                summary + ".", List.of(
                ReportSection.of("Flyway network",
                        new Paragraph(String.format(Locale.ROOT, "Flyway population %,d; legs up to %.0f km.",
                                p.flywayPopulation(), a.maxFlightRangeKm())),
                        ReportContent.map("flyway", "Stopover network of " + species.displayName(), "Sites by importance"
                                + " with the flight legs between them.", List.of(layers.get(1), layers.get(0)), 3857),
                        new ChartFigure("site_counts", "Largest count per site", ChartFigure.Kind.BAR, "Site",
                                "Birds (maximum survey count)", List.of(new ChartFigure.Series("max count", counts))),
                        ReportContent.table("site_importance", "Site importance", o.features().siteSchema(),
                                o.features().sites())),
                ReportSection.of("Quality checks", new QualityChecks(checks)),
                ReportSection.of("Method", new MethodNote("Sites with a role for the species are nodes; legs join"
                        + " sites within the maximum non-stop flight range (geodesic distance). A site is critical when"
                        + " removing it cuts routes or population flow beyond the species' threshold, or it meets"
                        + " Ramsar criterion 6.", List.of(new MethodNote.Formula("Ramsar 6", "count ≥ 1 % of the"
                        + " flyway population")), List.of(ReportContent.RAMSAR)))));
    }
}

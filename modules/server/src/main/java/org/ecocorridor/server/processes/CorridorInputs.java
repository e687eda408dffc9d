package org.ecocorridor.server.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;
import org.ecocorridor.server.analysis.CorridorRequest;
import org.ecocorridor.server.processes.ProcessDescription.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The inputs shared by the big-cat processes (resistance, corridors, metrics, transboundary, report). */
final class CorridorInputs {
    static final List<String> SCENARIOS = List.of("baseline", "closed-borders");

    private CorridorInputs() {
    }

    /** Input descriptions; {@code full} adds the corridor options (width, distance limits). */
    static Map<String, Parameter> describe(boolean full) {
        Map<String, Parameter> in = new LinkedHashMap<>();
        in.put("species", new Parameter("Species", "A big cat: amur_tiger, amur_leopard or snow_leopard.",
                Schemas.string(List.of("amur_tiger", "amur_leopard", "snow_leopard"), null), 1, 1));
        in.put("countries", new Parameter("Countries", "ISO 3166 alpha-3 codes; only core patches inside these"
                + " countries take part (default: all).", Schemas.arrayOf(Schemas.string(null, null)), 0, 1));
        in.put("scenario", new Parameter("Scenario", "baseline, or closed-borders: the countries' shared borders"
                + " become absolute barriers (500 m wide).", Schemas.string(SCENARIOS, "baseline"), 0, 1));
        ObjectNode landcover = Schemas.string(null, null);
        ObjectNode bySpecies = landcover.putObject("x-default-by-species");
        for (SpeciesCode s : SpeciesCode.values()) {
            if (s.group() == SpeciesGroup.BIG_CAT) {
                bySpecies.put(s.code(), CorridorRequest.of(s).landCoverRaster());
            }
        }
        in.put("landcover", new Parameter("Land cover raster", "Stored land-cover raster, classified with the"
                + " species' resistance profile; default landcover_altai for snow leopard, landcover_amur otherwise.",
                landcover, 0, 1));
        if (full) {
            in.put("width", new Parameter("Corridor width", "Truncation width of the normalised least-cost"
                    + " corridors, in cost-weighted metres.", Schemas.number(0, CorridorRequest.DEFAULT_WIDTH), 0, 1));
            in.put("maxEuclideanKm", new Parameter("Maximum Euclidean distance", "Drop links whose cores are"
                    + " farther apart, edge to edge, in km (default: no limit).", Schemas.number(0, null), 0, 1));
            in.put("maxCostDistance", new Parameter("Maximum cost distance", "Drop links with a larger least-cost"
                    + " distance, cost-weighted metres (default: no limit).", Schemas.number(0, null), 0, 1));
        }
        return in;
    }

    /** Reads the inputs {@link #describe} lists into a request. */
    static CorridorRequest read(ProcessInputs in, boolean full) {
        SpeciesCode species = in.species("species", SpeciesGroup.BIG_CAT, null);
        List<String> countries = in.countries("countries");
        boolean closed = "closed-borders".equals(in.choice("scenario", SCENARIOS, "baseline"));
        String landcover = in.text("landcover");
        double width = full ? in.positive("width", CorridorRequest.DEFAULT_WIDTH) : CorridorRequest.DEFAULT_WIDTH;
        double maxEuc = full ? in.positive("maxEuclideanKm", Double.POSITIVE_INFINITY) * 1000 : Double.POSITIVE_INFINITY;
        double maxCost = full ? in.positive("maxCostDistance", Double.POSITIVE_INFINITY) : Double.POSITIVE_INFINITY;
        try {
            return new CorridorRequest(species, landcover, width, maxEuc, maxCost, closed, countries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("countries", e.getMessage());
        }
    }

    /** The request from already validated inputs. */
    static CorridorRequest of(JsonNode validated, boolean full) {
        return read(new ProcessInputs(validated), full);
    }
}

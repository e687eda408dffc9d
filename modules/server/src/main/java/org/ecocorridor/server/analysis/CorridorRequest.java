package org.ecocorridor.server.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.core.species.SpeciesGroup;

/**
 * What a researcher asks of a store-driven corridor run. Immutable.
 *
 * @param species             a big-cat species
 * @param landCoverRaster     stored land-cover raster; null = the species' default
 *                            ({@code landcover_altai} for snow leopard, {@code landcover_amur} otherwise)
 * @param truncationWidth     corridor width in cost-weighted metres (Linkage Mapper's usual 200,000)
 * @param maxEuclideanMetres  drop links longer than this edge to edge (+∞ = no limit)
 * @param maxCostDistance     drop links with a larger least-cost distance (+∞ = no limit)
 * @param closedBorder        burn the shared borders of the countries as absolute barriers
 * @param countries           ISO 3166 alpha-3 codes: only core patches inside these countries take part
 *                            (their interior point decides); empty = every core patch on the raster
 */
public record CorridorRequest(SpeciesCode species, String landCoverRaster, double truncationWidth,
        double maxEuclideanMetres, double maxCostDistance, boolean closedBorder, List<String> countries) {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

    /** A request on every country's patches. */
    public CorridorRequest(SpeciesCode species, String landCoverRaster, double truncationWidth,
            double maxEuclideanMetres, double maxCostDistance, boolean closedBorder) {
        this(species, landCoverRaster, truncationWidth, maxEuclideanMetres, maxCostDistance, closedBorder, List.of());
    }

    /** Linkage Mapper's customary corridor width, in cost-weighted metres. */
    public static final double DEFAULT_WIDTH = 200_000;

    public CorridorRequest {
        if (species == null || species.group() != SpeciesGroup.BIG_CAT) {
            throw new IllegalArgumentException("Least-cost corridors are computed for big cats (amur_tiger,"
                    + " amur_leopard, snow_leopard), got " + (species == null ? null : species.code())
                    + "; waterbirds use the flyway-network analysis");
        }
        if (landCoverRaster == null) {
            landCoverRaster = species == SpeciesCode.SNOW_LEOPARD ? "landcover_altai" : "landcover_amur";
        }
        countries = countries == null ? List.of()
                : countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
        for (String c : countries) {
            if (!ISO3.matcher(c).matches()) {
                throw new IllegalArgumentException("Invalid country code \"" + c + "\": use ISO 3166 alpha-3, e.g. RUS");
            }
        }
        if (!(truncationWidth > 0)) {
            throw new IllegalArgumentException("Corridor width must be > 0 cost-weighted metres, got " + truncationWidth);
        }
    }

    /** Defaults for a species: default raster and width, no distance limits, open borders. */
    public static CorridorRequest of(SpeciesCode species) {
        return new CorridorRequest(species, null, DEFAULT_WIDTH, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                false);
    }
}

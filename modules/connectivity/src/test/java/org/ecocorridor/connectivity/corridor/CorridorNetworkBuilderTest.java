package org.ecocorridor.connectivity.corridor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Test;

/**
 * Corridor networks on hand-built landscapes whose answers follow from geometry (derivations inline).
 * Uniform resistance 1 and 100 m cells: an orthogonal step costs (1 + 1)/2 x 100 = 100, a diagonal one
 * 141.42.
 */
class CorridorNetworkBuilderTest {
    private static final CorridorNetworkBuilder SERIAL = new CorridorNetworkBuilder(Runnable::run);

    /** Three 4 x 3 cores in a row: 1 at columns 2-4, 2 at 12-14, 3 at 25-27, all on rows 4-7. */
    private static Landscape threeInARow() {
        return new Landscape(30, 12, 100, 1)
                .core(1, 4, 7, 2, 4)
                .core(2, 4, 7, 12, 14)
                .core(3, 4, 7, 25, 27);
    }

    @Test
    void threeCoresInARowGiveTwoCorridorsWithTheirDistances() {
        Landscape l = threeInARow();

        CorridorNetwork net = SERIAL.build(l.resistanceGrid(), l.coreAreas(), CorridorOptions.defaults(0),
                ProgressListener.NONE);

        // Core 2's allocation zone separates 1 and 3: only links 1-2 and 2-3 are candidates.
        assertThat(net.links()).extracting(CorridorLink::coreA, CorridorLink::coreB)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 3));
        CorridorLink l12 = net.links().get(0);
        // Edge to edge: core 1 ends at x0 + 5 x 100, core 2 starts at x0 + 12 x 100: 700 m.
        assertThat(l12.euclideanDistanceMetres()).isCloseTo(700, within(1e-9));
        // From column 4 to column 12 on one row: 8 steps of 100.
        assertThat(l12.costWeightedDistance()).isCloseTo(800, within(1e-9));
        assertThat(l12.lcpLengthMetres()).isCloseTo(800, within(1e-9));
        assertThat(l12.cwdToEuclideanRatio()).isCloseTo(800.0 / 700, within(1e-12));
        assertThat(l12.cwdToPathRatio()).isCloseTo(1, within(1e-12));
        assertThat(l12.type()).isEqualTo(LinkType.CORRIDOR);
        assertThat(l12.droppedCode()).isNull();
        CorridorLink l23 = net.links().get(1);
        // Core 2 ends at column 15 (x0 + 1500), core 3 starts at 25 (x0 + 2500); columns 14 -> 25 = 11 steps.
        assertThat(l23.euclideanDistanceMetres()).isCloseTo(1000, within(1e-9));
        assertThat(l23.costWeightedDistance()).isCloseTo(1100, within(1e-9));
        assertThat(net.cores()).extracting(CoreSummary::id, CoreSummary::cellCount, CoreSummary::corridorCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 12, 1), org.assertj.core.groups.Tuple.tuple(2, 12, 2),
                        org.assertj.core.groups.Tuple.tuple(3, 12, 1));
        assertThat(net.cores().get(0).areaSquareMetres()).isEqualTo(12 * 10_000.0);
    }

    @Test
    void zeroWidthCorridorIsTheBandOfEqualCostPaths() {
        Landscape l = threeInARow();

        CorridorNetwork net = SERIAL.build(l.resistanceGrid(), l.coreAreas(), CorridorOptions.defaults(0),
                ProgressListener.NONE);

        // Every row 4-7 from column 4 (core 1's edge) to column 12 (core 2's edge) is a least-cost path:
        // NLCC = 0 there; one row off costs 2 diagonals instead of 2 orthogonal steps (NLCC 82.8 > 0).
        CorridorPolygon c12 = net.corridors().get(0);
        assertThat(c12.linkId()).isEqualTo(1);
        assertThat(c12.cellCount()).isEqualTo(4 * 9);
        assertThat(c12.geometry().getArea()).isCloseTo(36 * 10_000.0, within(1e-6));
        GridGeometry g = l.grid;
        assertThat(c12.geometry().getEnvelopeInternal()).isEqualTo(new Envelope(
                g.originX() + 400, g.originX() + 1300, g.originY() - 800, g.originY() - 400));
        assertThat(c12.geometry().getSRID()).isEqualTo(32652);
    }

    @Test
    void widerTruncationAddsCellsWithinTheWidth() {
        Landscape l = threeInARow();

        CorridorNetwork net = SERIAL.build(l.resistanceGrid(), l.coreAreas(), CorridorOptions.defaults(100),
                ProgressListener.NONE);

        // NLCC <= 100: rows 4-7, columns 3-13 (core edge columns 3 and 13 have NLCC 100): 44 cells;
        // rows 3 and 8, columns 5-11: 2 diagonals + 6 orthogonal = 882.84, NLCC 82.84: 14 cells;
        // columns 4 and 12 of those rows: 941.42 - 800 = 141.4 > 100; rows 2 and 9: 165.7 > 100. Total 58.
        assertThat(net.corridors().get(0).cellCount()).isEqualTo(58);
        // Truncated mosaic: NaN outside corridors, the untruncated mosaic has a value everywhere.
        FloatGrid truncated = net.truncatedMosaic();
        assertThat(truncated.get(0, 0)).isNaN();
        assertThat(net.mosaic().get(0, 0)).isNotNaN();
        assertThat(truncated.get(5, 8)).isEqualTo(0f);
        assertThat(truncated.get(3, 8)).isCloseTo((float) (2 * Math.sqrt(2) * 100 + 600 - 800), within(1e-3f));
    }

    /**
     * A cheap channel (resistance 1) along row 30 of a costly landscape (resistance 100) joins tall cores 1
     * (west) and 3 (east) through a one-cell core 2 in the middle of the channel. Far from the channel the
     * zones of 1 and 3 meet (reaching row 0 costs core 2 30 steps of 100 m x 100, cores 1 and 3 only 14),
     * so 1-3 is a candidate, but its least-cost path runs along the channel through core 2.
     */
    @Test
    void linkThroughAnIntermediateCoreIsDropped() {
        Landscape l = new Landscape(31, 61, 100, 100).core(1, 0, 60, 0, 1).core(2, 30, 30, 15, 15).core(3, 0, 60, 29, 30);
        for (int c = 0; c < 31; c++) {
            l.resistance(30, c, 1);
        }

        CorridorNetwork dropped = SERIAL.build(l.resistanceGrid(), l.coreAreas(), CorridorOptions.defaults(0),
                ProgressListener.NONE);
        CorridorNetwork kept = SERIAL.build(l.resistanceGrid(), l.coreAreas(),
                CorridorOptions.defaults(0).withDropLinksThroughIntermediateCores(false), ProgressListener.NONE);

        CorridorLink l13 = dropped.link(1, 3).orElseThrow();
        assertThat(l13.type()).isEqualTo(LinkType.INTERMEDIATE_CORE);
        assertThat(l13.droppedCode()).isEqualTo(-15);
        // Along the channel from column 1 to column 29: 28 steps of (1 + 1)/2 x 100.
        assertThat(l13.costWeightedDistance()).isCloseTo(2800, within(1e-9));
        assertThat(dropped.link(1, 2).orElseThrow().costWeightedDistance()).isCloseTo(1400, within(1e-9));
        assertThat(dropped.link(1, 2).orElseThrow().type()).isEqualTo(LinkType.CORRIDOR);
        assertThat(dropped.corridors()).extracting(CorridorPolygon::linkId)
                .containsExactly(dropped.link(1, 2).orElseThrow().id(), dropped.link(2, 3).orElseThrow().id());
        assertThat(dropped.leastCostPaths()).extracting(LinkPath::linkId).contains(l13.id());
        assertThat(kept.link(1, 3).orElseThrow().type()).isEqualTo(LinkType.CORRIDOR);
    }

    @Test
    void distanceLimitsDropLinksWithLinkageMapperCodes() {
        Landscape l = threeInARow();
        CorridorOptions base = CorridorOptions.defaults(0);

        CorridorNetwork euclid = SERIAL.build(l.resistanceGrid(), l.coreAreas(),
                base.withEuclideanDistanceRange(0, 800), ProgressListener.NONE);
        CorridorNetwork cost = SERIAL.build(l.resistanceGrid(), l.coreAreas(),
                base.withCostDistanceRange(0, 1000), ProgressListener.NONE);
        CorridorNetwork tooShort = SERIAL.build(l.resistanceGrid(), l.coreAreas(),
                base.withCostDistanceRange(900, Double.POSITIVE_INFINITY), ProgressListener.NONE);

        // 2-3 is 1000 m apart edge to edge and costs 1100.
        assertThat(euclid.link(2, 3).orElseThrow().droppedCode()).isEqualTo(-11);
        assertThat(euclid.link(2, 3).orElseThrow().costWeightedDistance()).isNaN();
        assertThat(cost.link(2, 3).orElseThrow().droppedCode()).isEqualTo(-12);
        assertThat(cost.link(2, 3).orElseThrow().costWeightedDistance()).isCloseTo(1100, within(1e-9));
        assertThat(tooShort.link(1, 2).orElseThrow().droppedCode()).isEqualTo(-14);
        assertThat(euclid.corridors()).hasSize(1);
    }

    /**
     * Cores 1 (top-left), 2 (right of 1, 8 steps) and 3 (below 1, 9 steps); 2-3 costs 8 diagonals + 1 step.
     * With N = 1 by cost: core 1 keeps 1-2, core 2 keeps 1-2, core 3 keeps 1-3; nobody keeps 2-3.
     */
    @Test
    void nearestNeighbourRuleKeepsEachCoresClosestLinks() {
        Landscape l = new Landscape(40, 40, 100, 1).core(1, 5, 7, 5, 7).core(2, 5, 7, 15, 17).core(3, 16, 18, 5, 7);

        CorridorNetwork net = SERIAL.build(l.resistanceGrid(), l.coreAreas(),
                CorridorOptions.defaults(0).withDropLinksThroughIntermediateCores(false)
                        .withNearestNeighbours(1, NearestNeighbourMeasure.COST_WEIGHTED),
                ProgressListener.NONE);

        assertThat(net.link(2, 3).orElseThrow().costWeightedDistance())
                .isCloseTo(8 * 100 * Math.sqrt(2) + 100, within(1e-9));
        assertThat(net.link(1, 2).orElseThrow().type()).isEqualTo(LinkType.NEAREST_NEIGHBOUR_CORRIDOR);
        assertThat(net.link(1, 3).orElseThrow().type()).isEqualTo(LinkType.NEAREST_NEIGHBOUR_CORRIDOR);
        assertThat(net.link(2, 3).orElseThrow().type()).isEqualTo(LinkType.NOT_NEAREST_NEIGHBOUR);
        assertThat(net.link(2, 3).orElseThrow().droppedCode()).isEqualTo(-1);
        assertThat(net.corridors()).hasSize(2);
    }

    @Test
    void closedBorderRemovesTheCorridor() {
        // Two cores either side of a north-south border at column 10; closed = NoData column.
        Landscape open = new Landscape(21, 10, 100, 1).core(1, 3, 6, 2, 4).core(2, 3, 6, 16, 18);
        Landscape closed = new Landscape(21, 10, 100, 1).core(1, 3, 6, 2, 4).core(2, 3, 6, 16, 18);
        for (int r = 0; r < 10; r++) {
            closed.resistance(r, 10, Float.NaN);
        }

        CorridorNetwork withOpenBorder = SERIAL.build(open.resistanceGrid(), open.coreAreas(),
                CorridorOptions.defaults(0), ProgressListener.NONE);
        CorridorNetwork costAdjacency = SERIAL.build(closed.resistanceGrid(), closed.coreAreas(),
                CorridorOptions.defaults(0), ProgressListener.NONE);
        CorridorNetwork euclideanAdjacency = SERIAL.build(closed.resistanceGrid(), closed.coreAreas(),
                CorridorOptions.defaults(0).withAdjacency(AdjacencyMethod.COST_WEIGHTED_AND_EUCLIDEAN),
                ProgressListener.NONE);

        assertThat(withOpenBorder.corridors()).hasSize(1);
        // Cost zones end at the NoData column: no candidate at all.
        assertThat(costAdjacency.links()).isEmpty();
        // Euclidean zones still touch, but B is unreachable: Linkage Mapper's "too long / through NoData" code.
        List<CorridorLink> links = euclideanAdjacency.links();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).euclideanAdjacent()).isTrue();
        assertThat(links.get(0).costAdjacent()).isFalse();
        assertThat(links.get(0).droppedCode()).isEqualTo(-12);
        assertThat(links.get(0).costWeightedDistance()).isInfinite();
        assertThat(euclideanAdjacency.corridors()).isEmpty();
        assertThat(euclideanAdjacency.truncatedMosaic().values()).containsOnly(Float.NaN);
    }
}

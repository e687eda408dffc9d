package org.ecocorridor.connectivity.resistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecocorridor.connectivity.costdistance.CostDistance;
import org.ecocorridor.connectivity.costdistance.CostDistanceOptions;
import org.ecocorridor.connectivity.costdistance.CostDistanceResult;
import org.ecocorridor.connectivity.costdistance.Neighbourhood;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.progress.ProgressListener;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class ResistanceSurfaceBuilderTest {
    private static final GeometryFactory GF = new GeometryFactory();
    /** 20 x 20 cells of 100 m; x in [0, 2000], y in [0, 2000]. */
    private static final GridGeometry G = new GridGeometry(20, 20, 0, 2000, 100, 100, 32652);
    /** Land cover: 1 = forest, 2 = farmland, 9 = water (barrier class). */
    private static final ResistanceProfile LEOPARD = new ResistanceProfile("amur_leopard",
            Map.of(1, 1.0, 2, 20.0), Set.of(9));

    private static FloatGrid landCover(float code) {
        float[] v = new float[G.cellCount()];
        java.util.Arrays.fill(v, code);
        return new FloatGrid(G, v);
    }

    private static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Test
    void classesMapThroughTheProfile() {
        FloatGrid lc = landCover(1);
        lc.set(0, 1, 2);
        lc.set(0, 2, 9);
        lc.set(0, 3, Float.NaN);

        ResistanceSurface s = ResistanceSurfaceBuilder.build(lc, LEOPARD, List.of(), ProgressListener.NONE);

        assertThat(s.grid().get(0, 0)).isEqualTo(1f);
        assertThat(s.grid().get(0, 1)).isEqualTo(20f);
        assertThat(s.grid().get(0, 2)).isNaN();
        assertThat(s.grid().get(0, 3)).isNaN();
    }

    @Test
    void unmappedClassesAreAllReported() {
        FloatGrid lc = landCover(1);
        lc.set(3, 3, 5);
        lc.set(4, 4, 4);

        assertThatThrownBy(() -> ResistanceSurfaceBuilder.build(lc, LEOPARD, List.of(), ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4, 5]").hasMessageContaining("amur_leopard");
    }

    @Test
    void overlayRulesComposeInOrder() {
        FloatGrid lc = landCover(2); // resistance 20
        // A road along y = 1050 (row 9 holds centres y = 1050) from x = 0 to 2000, width 0: row 9.
        ResistanceOverlay road = new ResistanceOverlay("road", line(0, 1050, 2000, 1050), OverlayRule.ADD, 50, 0);
        // A settlement box over rows 8-10 (centres 1150, 1050, 950), columns 0-1: x 20 -> x 3.
        ResistanceOverlay town = new ResistanceOverlay("town", box(0, 900, 200, 1200), OverlayRule.MULTIPLY, 3, 0);
        // A railway up column 15 (x = 1550) with value floor 500.
        ResistanceOverlay rail = new ResistanceOverlay("rail", line(1550, 0, 1550, 2000), OverlayRule.MAX, 500, 0);

        ResistanceSurface s = ResistanceSurfaceBuilder.build(lc, LEOPARD, List.of(road, town, rail), ProgressListener.NONE);

        assertThat(s.grid().get(9, 5)).isEqualTo(70f);          // 20 + 50
        assertThat(s.grid().get(9, 0)).isEqualTo(210f);         // (20 + 50) x 3
        assertThat(s.grid().get(8, 0)).isEqualTo(60f);          // 20 x 3
        assertThat(s.grid().get(3, 15)).isEqualTo(500f);        // max(20, 500)
        assertThat(s.grid().get(3, 14)).isEqualTo(20f);
        assertThat(s.parameters().overlays()).extracting(AppliedOverlay::name, AppliedOverlay::cellCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("road", 20), org.assertj.core.groups.Tuple.tuple("town", 6),
                        org.assertj.core.groups.Tuple.tuple("rail", 20));
    }

    @Test
    void closedBorderBlocksEveryPathAcrossIt() {
        // A diagonal border from the south-west corner to the north-east corner, burned as a barrier of width 0.
        LineString border = line(0, 0, 2000, 2000);
        ResistanceSurface open = ResistanceSurfaceBuilder.build(landCover(1), LEOPARD, List.of(), ProgressListener.NONE);
        ResistanceSurface closed = ResistanceSurfaceBuilder.build(landCover(1), LEOPARD,
                List.of(ResistanceOverlay.closedBorder(border, 0)), ProgressListener.NONE);

        for (Neighbourhood nb : Neighbourhood.values()) {
            CostDistanceOptions options = CostDistanceOptions.defaults().withNeighbourhood(nb);
            // North-west corner cell (0, 0) to the south-east corner cell (19, 19), on opposite sides.
            CostDistanceResult withBorder = CostDistance.compute(closed.grid(), new int[] {G.index(0, 0)}, options,
                    ProgressListener.NONE);
            CostDistanceResult without = CostDistance.compute(open.grid(), new int[] {G.index(0, 0)}, options,
                    ProgressListener.NONE);
            assertThat(without.isReached(G.index(19, 19))).isTrue();
            assertThat(withBorder.isReached(G.index(19, 19))).as("%s leaks through the border", nb).isFalse();
        }
        assertThat(closed.parameters().overlays().get(0).rule()).isEqualTo(OverlayRule.BARRIER);
    }

    @Test
    void parametersSerialiseDeterministically() {
        ResistanceOverlay road = new ResistanceOverlay("road \"A1\"", line(0, 1050, 2000, 1050), OverlayRule.ADD, 50, 30);

        ResistanceSurface s = ResistanceSurfaceBuilder.build(landCover(1), LEOPARD, List.of(road), ProgressListener.NONE);

        assertThat(s.parameters().toJson()).isEqualTo("{\"profile\":\"amur_leopard\",\"epsg\":32652,\"cols\":20,"
                + "\"rows\":20,\"originX\":0.0,\"originY\":2000.0,\"cellWidth\":100.0,\"cellHeight\":100.0,"
                + "\"classes\":{\"1\":1.0,\"2\":20.0},\"barrierClasses\":[9],\"overlays\":[{\"name\":\"road \\\"A1\\\"\","
                + "\"rule\":\"ADD\",\"value\":50.0,\"widthMetres\":30.0,\"cells\":20}]}");
    }

    @Test
    void invalidProfilesAndOverlaysAreRejected() {
        assertThatThrownBy(() -> new ResistanceProfile("x", Map.of(1, -2.0), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2.0");
        assertThatThrownBy(() -> new ResistanceProfile("x", Map.of(1, 2.0), Set.of(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1]");
        assertThatThrownBy(() -> new ResistanceOverlay("m", box(0, 0, 1, 1), OverlayRule.MULTIPLY, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'m'");
    }
}

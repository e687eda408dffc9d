package org.ecocorridor.connectivity.transboundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ecocorridor.connectivity.transboundary.CountrySharesTest.GF;
import static org.ecocorridor.connectivity.transboundary.CountrySharesTest.box;
import static org.ecocorridor.connectivity.transboundary.CountrySharesTest.parallelArc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

class BorderCrossingsTest {

    private static LineString path(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    @Test
    void pathCrossingASharedBorderGivesOnePointOnTheBorder() {
        BorderCrossings crossings = new BorderCrossings(CountrySharesTest.twoCountries());
        List<BorderCrossing> result = crossings.crossings("L1", path(114.5, 44.5, 115.5, 44.5));
        assertThat(result).hasSize(1);
        BorderCrossing c = result.get(0);
        assertThat(c.linkId()).isEqualTo("L1");
        assertThat(c.fromIso3()).isEqualTo("AAA");
        assertThat(c.toIso3()).isEqualTo("BBB");
        assertThat(c.lonDegrees()).isCloseTo(115, within(1e-12));
        assertThat(c.latDegrees()).isCloseTo(44.5, within(1e-12));
        assertThat(c.gapMetres()).isZero();
        assertThat(c.pair()).isEqualTo(new CountryPair("AAA", "BBB"));
        // The reversed path crosses the other way.
        assertThat(crossings.crossings("L1", path(115.5, 44.5, 114.5, 44.5)).get(0).fromIso3()).isEqualTo("BBB");
    }

    @Test
    void zigzagPathCrossesEveryTimeAndReturnsWithoutCrossingAreIgnored() {
        BorderCrossings crossings = new BorderCrossings(CountrySharesTest.twoCountries());
        // A → B → A, then out of both (north of 45°N) and back into A: two crossings; leaving a country
        // and returning to it without entering another is not a crossing.
        LineString zigzag = path(114.5, 44.2, 115.5, 44.3, 114.5, 44.4, 114.5, 45.5, 114.6, 44.8);
        assertThat(crossings.crossings("Z", zigzag)).extracting(BorderCrossing::fromIso3, BorderCrossing::toIso3)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AAA", "BBB"),
                        org.assertj.core.groups.Tuple.tuple("BBB", "AAA"));
    }

    @Test
    void gapBetweenOutlinesPutsTheCrossingAtItsMidpoint() {
        // A ends at 115°E, C starts at 115.2°E: the path at 44.5°N spends 0.2° in neither.
        BorderCrossings crossings = new BorderCrossings(List.of(new Country("AAA", box(114, 115, 44, 45)),
                new Country("CCC", box(115.2, 116, 44, 45))));
        BorderCrossing c = crossings.crossings("G", path(114.5, 44.5, 115.5, 44.5)).get(0);
        assertThat(c.toIso3()).isEqualTo("CCC");
        assertThat(c.lonDegrees()).isCloseTo(115.1, within(1e-12));
        // Gap = 0.2° of the parallel 44.5°N, about 15.9 km (chord/arc difference far below 1 cm).
        assertThat(c.gapMetres()).isCloseTo(parallelArc(0.2, 44.5), within(0.01));
    }
}

package org.ecocorridor.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.progress.ProgressListener;
import org.ecocorridor.core.species.SpeciesCode;
import org.ecocorridor.server.support.Paths;
import org.junit.jupiter.api.Test;

/**
 * A store-driven Amur leopard corridor run on the demo data: links between the Russian and Chinese
 * parks, published as layers. Subclasses give the store.
 */
abstract class StoreCorridorAnalysisContractTest extends DemoStoreTest {
    @Test
    void amurLeopardCorridorsCrossTheRussiaChinaBorderAndArePublished() throws Exception {
        var outcome = new StoreCorridorAnalysis(store(), Runnable::run)
                .run(CorridorRequest.of(SpeciesCode.AMUR_LEOPARD), "tester", ProgressListener.NONE);
        long id = outcome.runId();
        assertThat(outcome.layers()).containsExactly("run_" + id + "_resistance", "run_" + id + "_corridors",
                "run_" + id + "_corridor_polygons", "run_" + id + "_lcps", "run_" + id + "_links");
        // The demo has leopard cores in Russia (names end "(RUS)") and China ("(CHN)"): at least one kept
        // link must join the two countries.
        List<Feature> kept = outcome.features().paths().stream().filter(f -> (Boolean) f.get("kept")).toList();
        assertThat(kept).anySatisfy(f -> assertThat(List.of(f.get("core_a"), f.get("core_b")).toString())
                .contains("(RUS)").contains("(CHN)"));
        var catalog = store().catalog();
        assertThat(catalog.get("run_" + id + "_lcps").orElseThrow().info().featureCount())
                .isEqualTo(outcome.features().paths().size());
        assertThat(catalog.get("run_" + id + "_corridor_polygons").orElseThrow().info().featureCount())
                .isEqualTo(outcome.network().corridors().size()).isPositive();
        assertThat(catalog.get("run_" + id + "_lcps").orElseThrow().runId()).isEqualTo(id);
        // NLCC = CWD_A + CWD_B - LCD is 0 along every least-cost path, so the stored mosaic's minimum is 0
        // (float storage: within 1e-3 cost-weighted metres of 0).
        FloatGrid mosaic = store().rasters().load("run_" + id + "_corridors");
        double min = Double.POSITIVE_INFINITY;
        for (float v : mosaic.values()) {
            if (!Float.isNaN(v)) {
                min = Math.min(min, v);
            }
        }
        assertThat(min).isBetween(-1e-3, 1e-3);
        // Every link is at least as costly as its straight length at the lowest resistance (1 per metre).
        for (Feature f : kept) {
            assertThat((Double) f.get("cw_dist")).isGreaterThanOrEqualTo((Double) f.get("euc_dist") - 1e-6);
        }
        assertThat(store().publisher().deleteRun(id)).isEqualTo(5);
    }

    @Test
    void closingTheBorderMakesCrossBorderLinksCostlierOrCutsThem() throws Exception {
        var open = new StoreCorridorAnalysis(store(), Runnable::run)
                .run(CorridorRequest.of(SpeciesCode.AMUR_LEOPARD), (String) null, ProgressListener.NONE);
        var closed = new StoreCorridorAnalysis(store(), Runnable::run).run(new CorridorRequest(
                SpeciesCode.AMUR_LEOPARD, null, CorridorRequest.DEFAULT_WIDTH, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, true), (String) null, ProgressListener.NONE);
        // A barrier can only remove paths: a link's least-cost distance with the border closed is >= the
        // open-border one, or the link is no longer a candidate (its cores' cost zones stop touching).
        boolean crossBorderAffected = false;
        for (var link : open.network().links()) {
            var after = closed.network().link(link.coreA(), link.coreB());
            if (after.isPresent() && Double.isFinite(after.get().costWeightedDistance())) {
                assertThat(after.get().costWeightedDistance()).isGreaterThanOrEqualTo(link.costWeightedDistance() - 1e-6);
            }
            String names = open.network().cores().get(link.coreA() - 1).name() + open.network().cores().get(link.coreB() - 1).name();
            if (names.contains("(RUS)") && names.contains("(CHN)")) {
                crossBorderAffected |= after.isEmpty() || !after.get().type().isKept()
                        || after.get().costWeightedDistance() > link.costWeightedDistance() + 1e-6;
            }
        }
        assertThat(crossBorderAffected).as("closing the border changes at least one Russia-China link").isTrue();
        store().publisher().deleteRun(open.runId());
        store().publisher().deleteRun(closed.runId());
    }

    @Test
    void closedBorderScenarioLosesEcaAndNeverCheapensALink() throws Exception {
        var outcome = new ClosedBorderScenario(store(), Runnable::run).run(SpeciesCode.AMUR_LEOPARD, null,
                ProgressListener.NONE);
        // A barrier only removes moves, so every least-cost distance grows or the link is cut, and with
        // p*_ij non-increasing ECA = sqrt(sum a_i a_j p*_ij) cannot grow.
        assertThat(outcome.ecaClosedKm2()).isLessThanOrEqualTo(outcome.ecaOpenKm2() + 1e-9);
        assertThat(outcome.percentEcaLost()).isBetween(0.0, 100.0);
        assertThat(outcome.links()).isNotEmpty().allSatisfy(l -> {
            if (!l.cut()) {
                assertThat(l.costClosed()).isGreaterThanOrEqualTo(l.costOpen() - 1e-6);
            }
        });
        // The demo's Russian and Chinese leopard cores are separated by the border: some cross-border
        // link must be cut or made costlier.
        assertThat(outcome.links()).anySatisfy(l -> {
            assertThat(l.nameA() + l.nameB()).contains("(RUS)").contains("(CHN)");
            assertThat(l.cut() || l.costClosed() > l.costOpen()).isTrue();
        });
        store().publisher().deleteRun(outcome.openRunId());
        store().publisher().deleteRun(outcome.closedRunId());
    }

    @Test
    void lakeKhankaSplitsBetweenRussiaAndChinaOnNaturalEarth() throws Exception {
        var lakes = Paths.referenceData("hydro/ne_10m_lakes_neasia.geojson");
        var admin0 = Paths.referenceData("boundaries/ne_50m_admin0_neasia.geojson");
        org.junit.jupiter.api.Assumptions.assumeTrue(lakes.isPresent() && admin0.isPresent(),
                "../shared/reference-data not present");
        var files = new org.ecocorridor.server.layers.LayerFiles(store());
        var options = org.ecocorridor.store.io.ReadOptions.defaults();
        files.importFile(lakes.get(), "lakes.geojson", org.ecocorridor.store.ingest.LayerImport.of("ne_lakes", "Lakes"), options);
        files.importFile(admin0.get(), "admin0.geojson", org.ecocorridor.store.ingest.LayerImport.of("ne_admin0", "Admin 0"), options);
        String khanka;
        try (var cursor = store().features().open("ne_lakes")) {
            String id = null;
            while (cursor.hasNext()) {
                Feature f = cursor.next();
                if ("Lake Khanka".equals(f.get("name"))) {
                    id = f.id();
                }
            }
            khanka = id;
        }
        var outcome = new StoreCountryShares(store()).run("ne_lakes", "ne_admin0", "tester");
        var shares = outcome.shares().stream().filter(s -> s.featureId().equals(khanka)).findFirst().orElseThrow();
        // Natural Earth 1:10m lake on 1:50m borders, equal-area: 73.7 % Russia / 26.3 % China (the
        // connectivity module's reference test on the same files; published figure about 72/28). The
        // tolerance of 0.5 point covers the store's round trip of coordinates.
        assertThat(shares.country("RUS").orElseThrow().share()).isCloseTo(0.737, org.assertj.core.data.Offset.offset(0.005));
        assertThat(shares.country("CHN").orElseThrow().share()).isCloseTo(0.263, org.assertj.core.data.Offset.offset(0.005));
        assertThat(store().catalog().get(outcome.layer()).orElseThrow().info().featureCount()).isPositive();
        store().publisher().deleteRun(outcome.runId());
    }

    @Test
    void waterbirdsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> CorridorRequest.of(SpeciesCode.HOODED_CRANE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flyway");
    }
}

package org.ecocorridor.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.ecocorridor.connectivity.transboundary.CountryShare;
import org.ecocorridor.connectivity.transboundary.FeatureShares;
import org.ecocorridor.connectivity.transboundary.MeasureKind;
import org.ecocorridor.server.analysis.StoreCountryShares;
import org.ecocorridor.store.SpatialStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code country-shares}: area or length of every feature of a stored layer in each country. */
@Command(name = "country-shares", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Per feature of a stored polygon or line layer and per country: area (equal-area) or",
                "length (geodesic) and share. Published as run_<id>_country_shares."})
final class CountrySharesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--layer", required = true, paramLabel = "NAME", description = "The layer to measure.")
    String layer;

    @Option(names = "--countries", paramLabel = "NAME",
            description = "Countries layer with an ISO alpha-3 attribute (default: the countries table).")
    String countries;

    @Override
    public Integer call() {
        var o = spec.commandLine().getOut();
        try (SpatialStore store = StoreOptions.open()) {
            var outcome = new StoreCountryShares(store).run(layer, countries, System.getProperty("user.name"));
            for (FeatureShares s : outcome.shares()) {
                boolean area = s.kind() == MeasureKind.AREA_SQUARE_METRES;
                o.printf(Locale.ROOT, "%s: %.1f %s", s.featureId(), area ? s.totalMeasure() / 1e6 : s.totalMeasure() / 1e3,
                        area ? "km2" : "km");
                for (CountryShare c : s.shares()) {
                    o.printf(Locale.ROOT, "  %s %.1f %%", c.iso3(), 100 * c.share());
                }
                o.println();
            }
            o.println("Published layer: " + outcome.layer());
            return 0;
        } catch (Exception e) {
            spec.commandLine().getErr().println("country-shares: " + ImportCommand.describe(e));
            return 1;
        }
    }
}

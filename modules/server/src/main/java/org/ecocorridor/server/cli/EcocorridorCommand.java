package org.ecocorridor.server.cli;

import picocli.CommandLine.Command;

/** The top-level command; its subcommands are the tools of {@code ecocorridor.jar}. */
@Command(name = "ecocorridor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Ecocorridor: connectivity analysis and OGC publishing for North-East Asia.",
                "With no command, starts the web server (same as 'serve').",
                "The store is chosen by ECOCORRIDOR_DB_URL (PostGIS) or ECOCORRIDOR_DATA_DIR (embedded)."},
        subcommands = {ServeCommand.class, RunCommand.class, ImportCommand.class, ExportCommand.class, CostDistanceCommand.class, CorridorsCommand.class, CountrySharesCommand.class,
                FlywayCommand.class, InfrastructureRiskCommand.class, PatchMetricsCommand.class, TransboundaryCommand.class,
                org.ecocorridor.server.tiles.SeedCommand.class},
        commandListHeading = "%nCommands:%n")
public final class EcocorridorCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}

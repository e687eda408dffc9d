package org.ecocorridor.server;

import java.util.Arrays;
import org.ecocorridor.core.crs.CoordinateTransforms;
import org.ecocorridor.server.cli.EcocorridorCommand;
import picocli.CommandLine;

/**
 * The one entry point of {@code ecocorridor.jar}: with no command (or only {@code --key=value}
 * options) it starts the web server; otherwise it runs a command-line tool (import, export,
 * analyses) without starting Spring. {@code --help} lists the commands.
 */
public final class EcocorridorMain {
    private EcocorridorMain() {
    }

    public static void main(String[] args) {
        if (startsServer(args) || isServe(args)) {
            startCrsWarmUp();
        }
        if (startsServer(args)) {
            EcocorridorApplication.start(args);
            return;
        }
        if (!isServe(args)) {
            // Before the first logger exists: tools print results, logs only warn (to stderr).
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        int exit = new CommandLine(new EcocorridorCommand()).execute(args);
        if (exit != 0 || !isServe(args)) {
            System.exit(exit);
        }
    }

    /**
     * SIS's EPSG database takes seconds to open: the server opens it while Spring starts. Command-line
     * tools do not: on a busy machine the warm-up thread competes with the computation itself (it made
     * cost-distance 3-4x slower on 2 loaded cores), and tools that need a CRS pay the cost on first use.
     */
    private static void startCrsWarmUp() {
        Thread warmUp = new Thread(CoordinateTransforms::warmUp, "crs-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** {@code java -jar ecocorridor.jar [--server.port=N ...]}: Spring Boot options only. */
    static boolean startsServer(String[] args) {
        return args.length == 0 || Arrays.stream(args).allMatch(a -> a.startsWith("--") && a.contains("="));
    }

    private static boolean isServe(String[] args) {
        return args.length > 0 && args[0].equals("serve");
    }
}

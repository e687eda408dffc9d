package org.ecocorridor.server.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecocorridor.server.EcocorridorApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code serve}: starts the web server; further {@code --key=value} options go to Spring Boot. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web server (default port 8080).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "HTTP port (default 8080; same as --server.port=N).")
    Integer port;

    /** Anything else, e.g. {@code --server.port=9090}, is passed to Spring Boot. */
    @Unmatched
    List<String> springArgs = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArgs);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        EcocorridorApplication.start(args.toArray(String[]::new));
        return 0;
    }
}

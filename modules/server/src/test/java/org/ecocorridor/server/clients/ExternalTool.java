package org.ecocorridor.server.clients;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An external program (gdal_translate, chromium) that a client test drives. Absent programs skip the
 * test (a JUnit assumption) unless the environment says {@code CI=true}, where they fail it: CI must
 * install them ({@code scripts/test} does on Debian). Immutable.
 *
 * @param executable the resolved absolute path of the program
 */
record ExternalTool(Path executable) {

    /** The output of one finished run: exit code and the combined stdout + stderr text. */
    record Result(int exitCode, String output) {
    }

    /** Finds {@code name} on the PATH (or at an absolute path); skips or fails the test when it is absent. */
    static ExternalTool require(String name, String debianPackage) {
        Path found = find(name);
        if (found == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(name + " is not installed but CI=true: apt-get install " + debianPackage);
        }
        assumeTrue(found != null, name + " not installed (apt-get install " + debianPackage + "): test skipped");
        return new ExternalTool(found);
    }

    /**
     * Debian's {@code /usr/bin/python3} when it can import {@code module} (Debian packages such as
     * python3-qgis install for that interpreter only); skips or fails like {@link #require}.
     */
    static ExternalTool requirePythonModule(String module, String debianPackage) {
        ExternalTool python = require("/usr/bin/python3", "python3");
        boolean importable;
        try {
            Path dir = Files.createTempDirectory("python-check-");
            importable = python.run(dir, 120, java.util.Map.of("QT_QPA_PLATFORM", "offscreen"),
                    List.of("-c", "import " + module)).exitCode() == 0;
            try (var logs = Files.list(dir)) {
                for (Path log : logs.toList()) {
                    Files.delete(log);
                }
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!importable && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("python3 cannot import " + module + " but CI=true: apt-get install " + debianPackage);
        }
        assumeTrue(importable, "python3 cannot import " + module + " (apt-get install " + debianPackage + "): test skipped");
        return python;
    }

    private static Path find(String name) {
        if (name.startsWith("/")) {
            return Files.isExecutable(Path.of(name)) ? Path.of(name) : null;
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** Runs the program with {@code args} in {@code workDir}; kills it after {@code timeoutSeconds}. */
    Result run(Path workDir, long timeoutSeconds, List<String> args) {
        return run(workDir, timeoutSeconds, java.util.Map.of(), args);
    }

    /** As {@link #run(Path, long, List)}, with {@code environment} added to this JVM's environment. */
    Result run(Path workDir, long timeoutSeconds, java.util.Map<String, String> environment, List<String> args) {
        try {
            Path log = Files.createTempFile(workDir, "tool-", ".log");
            List<String> command = new java.util.ArrayList<>();
            command.add(executable.toString());
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(executable.getFileName() + " did not finish within " + timeoutSeconds
                        + " s: " + new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

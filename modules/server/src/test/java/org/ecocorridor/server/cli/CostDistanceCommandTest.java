package org.ecocorridor.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.core.grid.GridGeometry;
import org.ecocorridor.core.grid.io.GeoTiffReader;
import org.ecocorridor.core.grid.io.GeoTiffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code cost-distance} command end to end: GeoTIFF in, GeoTIFFs out, checked against GRASS. */
class CostDistanceCommandTest {
    /** The GRASS r.cost manual example input (7 columns x 6 rows). */
    private static final float[] INPUT = {
        2, 2, 1, 1, 5, 5, 5,
        2, 2, 8, 8, 5, 2, 1,
        7, 1, 1, 8, 2, 2, 2,
        8, 7, 8, 8, 8, 8, 5,
        8, 8, 1, 1, 5, 3, 9,
        8, 1, 1, 2, 5, 3, 9};
    /** GRASS 8.2.1 r.cost output, 8 neighbours, cell units, start at row 5 column 6 (1-based). */
    private static final double[] GRASS_8 = {
        21.7782, 21.1213, 20.6924, 19.6924, 16.9350, 14.8995, 13.6569,
        19.7782, 19.1213, 21.5, 19.5711, 15.4497, 11.9853, 10.6569,
        21.6569, 17.6569, 17, 17.5, 12.5, 10.5, 9.1569,
        21.1569, 13.6569, 12.5, 11.5, 7.7782, 5.5, 5.6569,
        15.7782, 12.5, 8, 7, 4, 0, 6,
        13.9142, 9.4142, 8.4142, 8.5, 5.6569, 3, 8.4853};

    @TempDir
    Path tmp;

    @Test
    void reproducesGrassRCostInCellUnits() throws Exception {
        Path resistance = tmp.resolve("r.tif");
        GeoTiffWriter.write(new FloatGrid(new GridGeometry(7, 6, 500_000, 4_800_000, 1, 1, 32652), INPUT.clone()),
                resistance);
        Path out = tmp.resolve("cost.tif");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = new CommandLine(new EcocorridorCommand());
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));
        // GRASS's row 5, column 6 (1-based) is ROW,COL 4,5 (0-based).
        int exit = cli.execute("cost-distance", "--resistance", resistance.toString(), "--source-cell", "4,5",
                "--units", "cells", "--out", out.toString());
        assertThat(exit).as(stderr.toString()).isZero();
        FloatGrid cost = GeoTiffReader.read(out);
        for (int i = 0; i < GRASS_8.length; i++) {
            // GRASS prints 4 decimals, so 1e-4 is the tightest honest tolerance.
            assertThat((double) cost.values()[i]).as("cell %d", i).isCloseTo(GRASS_8[i], within(1e-4));
        }
        assertThat(Files.exists(tmp.resolve("cost-direction.tif"))).isTrue();
        FloatGrid allocation = GeoTiffReader.read(tmp.resolve("cost-allocation.tif"));
        assertThat(allocation.get(0, 0)).isEqualTo(1f); // every cell belongs to the one source (id 1)
        assertThat(stdout.toString()).contains("42 cells reached");
    }

    @Test
    void badArgumentsExitNonZeroWithTheReason() throws Exception {
        Path resistance = tmp.resolve("r.tif");
        GeoTiffWriter.write(new FloatGrid(new GridGeometry(7, 6, 0, 6, 1, 1, 32652), INPUT.clone()), resistance);
        StringWriter stderr = new StringWriter();
        CommandLine cli = new CommandLine(new EcocorridorCommand());
        cli.setErr(new PrintWriter(stderr));
        int exit = cli.execute("cost-distance", "--resistance", resistance.toString(), "--source-cell", "9,9",
                "--out", tmp.resolve("x.tif").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr.toString()).contains("9,9").contains("outside");
    }
}

package org.ecocorridor.connectivity.resistance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecocorridor.core.grid.GridGeometry;

/**
 * Everything a resistance surface was built from, to be stored with it (e.g. the {@code parameters}
 * JSON of the {@code rasters} table) so that a corridor result can be traced to its inputs.
 *
 * <p>Immutable.
 *
 * @param profileName       the species profile
 * @param grid              the analysis grid
 * @param resistanceByClass land-cover class → resistance used
 * @param barrierClasses    land-cover classes made NoData
 * @param overlays          the overlays, in the order applied
 */
public record ResistanceParameters(String profileName, GridGeometry grid, Map<Integer, Double> resistanceByClass,
        Set<Integer> barrierClasses, List<AppliedOverlay> overlays) {

    public ResistanceParameters {
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(grid, "grid");
        resistanceByClass = Map.copyOf(resistanceByClass);
        barrierClasses = Set.copyOf(barrierClasses);
        overlays = List.copyOf(overlays);
    }

    /**
     * A compact JSON object with keys in a fixed order (deterministic output), e.g.
     * {@code {"profile":"amur_leopard","epsg":32652,...,"classes":{"1":1.0,...},"barrierClasses":[7],
     * "overlays":[{"name":"roads","rule":"ADD","value":50.0,"widthMetres":30.0,"cells":1234}]}}.
     * NaN values are written as {@code null}.
     */
    public String toJson() {
        StringBuilder b = new StringBuilder(256);
        b.append("{\"profile\":").append(quote(profileName))
                .append(",\"epsg\":").append(grid.epsg())
                .append(",\"cols\":").append(grid.cols())
                .append(",\"rows\":").append(grid.rows())
                .append(",\"originX\":").append(number(grid.originX()))
                .append(",\"originY\":").append(number(grid.originY()))
                .append(",\"cellWidth\":").append(number(grid.cellWidth()))
                .append(",\"cellHeight\":").append(number(grid.cellHeight()))
                .append(",\"classes\":{");
        String sep = "";
        for (var e : new TreeMap<>(resistanceByClass).entrySet()) {
            b.append(sep).append('"').append(e.getKey()).append("\":").append(number(e.getValue()));
            sep = ",";
        }
        b.append("},\"barrierClasses\":").append(new TreeSet<>(barrierClasses).toString().replace(" ", ""));
        b.append(",\"overlays\":[");
        sep = "";
        for (AppliedOverlay o : overlays) {
            b.append(sep).append("{\"name\":").append(quote(o.name()))
                    .append(",\"rule\":\"").append(o.rule()).append('"')
                    .append(",\"value\":").append(number(o.value()))
                    .append(",\"widthMetres\":").append(number(o.widthMetres()))
                    .append(",\"cells\":").append(o.cellCount()).append('}');
            sep = ",";
        }
        return b.append("]}").toString();
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "null";
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

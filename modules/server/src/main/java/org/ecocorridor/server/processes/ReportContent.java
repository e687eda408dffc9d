package org.ecocorridor.server.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.AttributeDescriptor;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.grid.FloatGrid;
import org.ecocorridor.connectivity.costdistance.LeastCostPath;
import org.ecocorridor.report.model.ChartFigure;
import org.ecocorridor.report.model.MapFigure;
import org.ecocorridor.report.model.MapFigure.MapLayer;
import org.ecocorridor.report.model.MethodNote.Citation;
import org.ecocorridor.report.model.ReportTable;
import org.ecocorridor.report.model.ReportTable.Column;

/** Building blocks of process reports: tables from result features, maps, profiles, citations. */
final class ReportContent {
    static final Citation LINKAGE_MAPPER = new Citation("McRae, B.H. and Kavanagh, D.M. (2011). Linkage Mapper"
            + " Connectivity Analysis Software. The Nature Conservancy, Seattle, WA.",
            "https://linkagemapper.org/");
    static final Citation ADRIAENSEN = new Citation("Adriaensen, F. et al. (2003). The application of"
            + " 'least-cost' modelling as a functional landscape model. Landscape and Urban Planning 64: 233-247.",
            "https://doi.org/10.1016/S0169-2046(02)00242-6");
    static final Citation SAURA_2007 = new Citation("Saura, S. and Pascual-Hortal, L. (2007). A new habitat"
            + " availability index to integrate connectivity in landscape conservation planning. Landscape and"
            + " Urban Planning 83: 91-103.", "https://doi.org/10.1016/j.landurbplan.2007.03.005");
    static final Citation SAURA_2010 = new Citation("Saura, S. and Rubio, L. (2010). A common currency for the"
            + " different ways in which patches and links can contribute to habitat availability and connectivity"
            + " in the landscape. Ecography 33: 523-537.", "https://doi.org/10.1111/j.1600-0587.2009.05760.x");
    static final Citation PASCUAL_HORTAL = new Citation("Pascual-Hortal, L. and Saura, S. (2006). Comparison and"
            + " development of new graph-based landscape connectivity indices. Landscape Ecology 21: 959-967.",
            "https://doi.org/10.1007/s10980-006-0013-z");
    static final Citation RAMSAR = new Citation("Ramsar Convention (1999, amended 2005). Criterion 6: a wetland"
            + " regularly supporting 1 % of the individuals in a population of one species of waterbird.",
            "https://www.ramsar.org/sites/default/files/documents/library/ramsarsites_criteria_eng.pdf");

    private ReportContent() {
    }

    /** A table with one row per feature and one column per attribute (units read from attribute names). */
    static ReportTable table(String id, String title, FeatureSchema schema, List<Feature> features) {
        List<Column> columns = new ArrayList<>();
        for (AttributeDescriptor a : schema.attributes()) {
            columns.add(new Column(a.name(), unitOf(a.name())));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Feature f : features) {
            List<Object> row = new ArrayList<>();
            for (AttributeDescriptor a : schema.attributes()) {
                Object v = f.get(a.name());
                row.add(v instanceof Double d && !Double.isFinite(d) ? null : v);
            }
            rows.add(row);
        }
        return new ReportTable(id, title, columns, rows);
    }

    /** A table of name/value pairs. */
    static ReportTable keyValues(String id, String title, Map<String, Object> values) {
        List<List<Object>> rows = new ArrayList<>();
        values.forEach((k, v) -> rows.add(List.of(k, v == null ? "" : v)));
        return new ReportTable(id, title, List.of(Column.of("quantity"), Column.of("value")), rows);
    }

    /** The unit of an attribute, by the naming conventions of Ecocorridor's result layers. */
    static String unitOf(String name) {
        if (name.equals("cw_dist")) {
            return "cost-weighted m";
        }
        if (name.equals("euc_dist") || name.equals("lcp_length") || name.endsWith("_m")) {
            return "m";
        }
        if (name.endsWith("_km2")) {
            return "km²";
        }
        if (name.endsWith("_km") || name.startsWith("power_line_km")) {
            return "km";
        }
        if (name.startsWith("wind_mw")) {
            return "MW";
        }
        if (name.contains("percent") || name.equals("dpc") || name.startsWith("dpc_")) {
            return "%";
        }
        return null;
    }

    /** A map of result layers over countries and protected areas. */
    static MapFigure map(String id, String title, String caption, List<String> resultLayers, int crs) {
        List<MapLayer> layers = new ArrayList<>(List.of(MapLayer.base("countries"), MapLayer.base("protected_areas")));
        resultLayers.forEach(l -> layers.add(MapLayer.result(l)));
        return new MapFigure(id, title, caption, layers, null, crs);
    }

    /**
     * Cumulative cost along a least-cost path, by distance from its source: step i→i+1 costs
     * (r<sub>i</sub> + r<sub>i+1</sub>) / 2 × step length (the convention of the cost-distance search in map
     * units), so the last value equals the path's cost.
     */
    static ChartFigure.Series costProfile(String name, LeastCostPath path, FloatGrid resistance) {
        int cols = resistance.cols();
        double w = resistance.geometry().cellWidth();
        double h = resistance.geometry().cellHeight();
        int[] cells = path.cells();
        float[] r = resistance.values();
        List<ChartFigure.Point> points = new ArrayList<>();
        double distance = 0;
        double cost = 0;
        points.add(ChartFigure.Point.xy(0, 0));
        for (int i = 1; i < cells.length; i++) {
            int dr = cells[i] / cols - cells[i - 1] / cols;
            int dc = cells[i] % cols - cells[i - 1] % cols;
            double step = Math.hypot(dr * h, dc * w);
            distance += step;
            cost += (r[cells[i]] + r[cells[i - 1]]) / 2.0 * step;
            points.add(ChartFigure.Point.xy(distance / 1000, cost / 1000));
        }
        return new ChartFigure.Series(name, thin(points, 400));
    }

    /** Keeps at most about {@code max} points (every k-th, and the last). */
    private static List<ChartFigure.Point> thin(List<ChartFigure.Point> points, int max) {
        if (points.size() <= max) {
            return points;
        }
        int k = (points.size() + max - 1) / max;
        List<ChartFigure.Point> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i += k) {
            out.add(points.get(i));
        }
        out.add(points.get(points.size() - 1));
        return out;
    }

    /** Smallest finite value of a grid, or NaN when none. */
    static double minimum(FloatGrid grid) {
        double min = Double.NaN;
        for (float v : grid.values()) {
            if (!Float.isNaN(v) && !(v >= min)) {
                min = v;
            }
        }
        return min;
    }
}

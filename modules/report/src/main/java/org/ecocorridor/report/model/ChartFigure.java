package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A chart: bars by category (e.g. dPC per patch) or lines over x (e.g. cost along a least-cost path,
 * population over years). Immutable.
 *
 * @param id     file-name stem of the chart's PNG
 * @param kind   bar or line
 * @param xLabel x axis label with unit, e.g. "Distance along path (km)"
 * @param yLabel y axis label with unit
 * @param series one or more series (several series: grouped bars or several lines)
 */
public record ChartFigure(String id, String title, Kind kind, String xLabel, String yLabel, List<Series> series)
        implements ReportBlock {
    /** Chart kinds. */
    public enum Kind { BAR, LINE }

    /** A named series of points. */
    public record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }
    }

    /** A point: {@code label} is the bar's category (BAR), {@code x} the abscissa (LINE). */
    public record Point(String label, double x, double y) {
        public static Point bar(String label, double y) {
            return new Point(label, Double.NaN, y);
        }

        public static Point xy(double x, double y) {
            return new Point(null, x, y);
        }
    }

    public ChartFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        series = List.copyOf(series);
    }
}

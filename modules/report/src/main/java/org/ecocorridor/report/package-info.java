/**
 * Run reports rendered for people and scripts: a self-contained XHTML page and an A4 PDF
 * (openhtmltopdf), map figures drawn by the WMS renderer with scale bar, north arrow and legend,
 * charts (JFreeChart), and a CSV per table. Plain Java: no Spring, no database; data come through
 * {@link org.ecocorridor.core.source.MapDataSource}. See {@code docs/reports.md}.
 */
package org.ecocorridor.report;

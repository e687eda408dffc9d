/**
 * What a run report says, independent of how it is drawn: run metadata, sections of paragraphs, tables,
 * map figures, charts, quality checks and method notes. Immutable records, serialisable as JSON (the
 * job system stores a finished run's report this way and renders it on request).
 */
package org.ecocorridor.report.model;

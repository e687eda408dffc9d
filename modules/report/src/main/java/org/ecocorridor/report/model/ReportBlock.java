package org.ecocorridor.report.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One piece of a report section. Serialised as JSON with a {@code "type"} discriminator. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = ReportTable.class, name = "table"),
        @JsonSubTypes.Type(value = MapFigure.class, name = "map"),
        @JsonSubTypes.Type(value = ChartFigure.class, name = "chart"),
        @JsonSubTypes.Type(value = QualityChecks.class, name = "checks"),
        @JsonSubTypes.Type(value = MethodNote.class, name = "method")})
public sealed interface ReportBlock permits Paragraph, ReportTable, MapFigure, ChartFigure, QualityChecks, MethodNote {
}

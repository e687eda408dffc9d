package org.ecocorridor.report.model;

import java.util.List;
import java.util.Objects;

/** Checks of the result's soundness (e.g. NLCC minimum vs −10 × cell size, disconnected pairs). Immutable. */
public record QualityChecks(List<Check> checks) implements ReportBlock {
    /** Outcome of a check. */
    public enum Status { PASS, WARN, FAIL }

    /** One check: what was checked, its outcome, and the numbers behind it. */
    public record Check(String name, Status status, String detail) {
        public Check {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            detail = detail == null ? "" : detail;
        }
    }

    public QualityChecks {
        checks = List.copyOf(checks);
    }
}

package org.ecocorridor.store.run;

import java.util.Arrays;
import java.util.Locale;

/**
 * State of an analysis run, with the status codes of OGC API - Processes - Part 1 (OGC 18-062r2,
 * {@code statusCode}): accepted, running, successful, failed, dismissed. Immutable.
 */
public enum RunStatus {
    ACCEPTED, RUNNING, SUCCESSFUL, FAILED, DISMISSED;

    /** The code as stored and served, e.g. {@code successful}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the run has ended (successful, failed or dismissed). */
    public boolean isFinal() {
        return this == SUCCESSFUL || this == FAILED || this == DISMISSED;
    }

    /**
     * Parses a stored code.
     *
     * @throws IllegalArgumentException naming the bad code and the valid ones
     */
    public static RunStatus of(String code) {
        for (RunStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown run status \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(RunStatus::code).toList());
    }
}

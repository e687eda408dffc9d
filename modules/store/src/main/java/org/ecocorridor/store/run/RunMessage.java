package org.ecocorridor.store.run;

import java.time.Instant;

/**
 * One entry of a run's message log. Immutable.
 *
 * @param at      when it was logged
 * @param message the text
 */
public record RunMessage(Instant at, String message) {
}

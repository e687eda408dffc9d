package org.ecocorridor.server.processes;

/**
 * A bad process input, naming the field (a JSON pointer into the request, e.g. {@code /inputs/species}).
 * Answered as HTTP 400 problem+json with the field.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input's name, e.g. {@code species}. */
    public String field() {
        return field;
    }
}

package org.ecocorridor.ogc.style.sld;

/**
 * A style document that cannot be read: malformed XML, a forbidden DTD, or content SLD/SE does not
 * allow or Ecocorridor does not support. The message names the element and its line and column.
 *
 * <p>Immutable.
 */
public final class SldParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String element;
    private final int line;

    SldParseException(String element, int line, int column, String problem, Throwable cause) {
        super("Invalid style document at line " + line + ", column " + column
                + (element == null ? "" : ", element <" + element + ">") + ": " + problem, cause);
        this.element = element;
        this.line = line;
    }

    /** Local name of the element where the problem was found, or null before the root element. */
    public String element() {
        return element;
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }
}

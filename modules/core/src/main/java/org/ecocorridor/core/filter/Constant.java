package org.ecocorridor.core.filter;

/** The filters that select every feature or none. Immutable. */
public enum Constant implements Filter {
    INCLUDE, EXCLUDE
}

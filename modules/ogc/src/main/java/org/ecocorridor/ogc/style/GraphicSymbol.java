package org.ecocorridor.ogc.style;

/**
 * One alternative of a {@link Graphic}: a well-known {@link Mark} or an {@link ExternalGraphic}.
 * A renderer uses the first alternative it supports (SLD 1.0 §11.3.2).
 *
 * <p>Implementations are Immutable (records).
 */
public sealed interface GraphicSymbol permits Mark, ExternalGraphic {
}

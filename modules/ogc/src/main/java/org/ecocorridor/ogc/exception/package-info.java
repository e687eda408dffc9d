/**
 * OGC service exceptions ({@link org.ecocorridor.ogc.exception.OgcException}: code, locator, HTTP
 * status) and the one place that writes exception reports, per protocol version.
 */
package org.ecocorridor.ogc.exception;

/**
 * Secure StAX parsing of SLD 1.0 / SLD 1.1 / SE 1.1 style documents into the
 * {@link org.ecocorridor.ogc.style} model; entry point {@link org.ecocorridor.ogc.style.sld.SldParser}.
 */
package org.ecocorridor.ogc.style.sld;

/**
 * WMTS 1.0.0 (OGC 07-057r7): KVP GetCapabilities and GetTile behind the shared OWS dispatch, and the
 * RESTful ResourceURL template served by the server's tile controller, over the tiles of
 * {@link org.ecocorridor.ogc.tile}.
 */
package org.ecocorridor.ogc.wmts;

/**
 * Shared OGC request plumbing, framework-free: case-insensitive KVP parameters, the request and
 * response values every service handles, XML root sniffing for POST dispatch, CRS names with their
 * axis-order rules, and version negotiation.
 */
package org.ecocorridor.ogc.ows;

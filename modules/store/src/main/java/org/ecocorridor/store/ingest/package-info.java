/**
 * Imports feature streams as layers, all or nothing: a new table built beside the old one, swapped
 * in and registered in one transaction (PostGIS) or with compensation (H2GIS).
 */
package org.ecocorridor.store.ingest;

/**
 * Ecocorridor's storage: PostGIS (reference) or embedded H2GIS behind one API.
 * {@link org.ecocorridor.store.SpatialStores#open(org.ecocorridor.store.StoreConfig)} opens a pooled,
 * migrated {@link org.ecocorridor.store.SpatialStore}; its accessors give the layer catalog, feature
 * reading, imports, rasters, users and analysis runs. No Spring here: the server wires it.
 */
package org.ecocorridor.store;

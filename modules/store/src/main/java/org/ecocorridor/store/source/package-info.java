/**
 * The store's {@link org.ecocorridor.core.source.FeatureSource}: feature-type descriptions from the
 * catalog and JDBC metadata, and {@link org.ecocorridor.core.filter.Filter}s translated to SQL with
 * bound parameters only, the same SQL on PostGIS and H2GIS.
 */
package org.ecocorridor.store.source;

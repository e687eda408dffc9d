/**
 * JDBC plumbing shared by the store's features: the {@link org.ecocorridor.store.sql.SqlDialect}
 * (the only place PostGIS and H2GIS differ), identifier checking, schema inspection, value binding
 * and transactions.
 */
package org.ecocorridor.store.sql;

/**
 * The feature filter model shared by protocols and stores: comparison, logical, spatial, distance,
 * temporal and identifier predicates as immutable records ({@link org.ecocorridor.core.filter.Filter}),
 * plus {@link org.ecocorridor.core.filter.FilterBinder}, which checks a filter against a feature
 * type and types its literals. Protocol modules parse into it; stores translate it to SQL with
 * bound parameters only.
 */
package org.ecocorridor.core.filter;

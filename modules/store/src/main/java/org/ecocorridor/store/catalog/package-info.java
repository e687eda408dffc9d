/**
 * The layer catalog ({@code layers} table): published descriptions plus where each layer's data
 * lives, with bbox, feature count, time extent and update time measured from the data.
 */
package org.ecocorridor.store.catalog;

/**
 * Loads the demo dataset ({@code data/manifest.json} with CSV, GeoJSON and GeoTIFF files) into an
 * empty store, once, in one transaction.
 */
package org.ecocorridor.store.demo;

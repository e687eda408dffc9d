/** Streaming, paged reads of the features of catalog vector layers, with a CRS:84 bbox filter. */
package org.ecocorridor.store.feature;

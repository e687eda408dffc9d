/**
 * FES 2.0 / Filter Encoding 1.1 XML and WFS KVP filter parameters (BBOX, RESOURCEID, SORTBY)
 * parsed into {@link org.ecocorridor.core.filter.Filter}; no SQL here, stores translate the model.
 */
package org.ecocorridor.ogc.filter;

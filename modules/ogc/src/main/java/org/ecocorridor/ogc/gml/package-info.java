/** GML 3.2.1 and 3.1.1 geometry encoding and decoding (StAX), with explicit axis-order handling. */
package org.ecocorridor.ogc.gml;

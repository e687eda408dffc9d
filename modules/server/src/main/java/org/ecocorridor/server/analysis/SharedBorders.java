package org.ecocorridor.server.analysis;

import java.util.ArrayList;
import java.util.List;
import org.ecocorridor.store.analysis.NamedGeometry;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Lineal;

/**
 * The land borders between countries: for every pair, the lines their outlines share (the
 * intersection of the two boundaries; the demo outlines are simplified together, so neighbours share
 * vertices exactly). Coastlines are not borders. Result in EPSG:4326 with SRID 4326.
 */
final class SharedBorders {
    private SharedBorders() {
    }

    static Geometry of(List<NamedGeometry> countries, Envelope within) {
        GeometryFactory gf = new GeometryFactory();
        List<Geometry> lines = new ArrayList<>();
        for (int i = 0; i < countries.size(); i++) {
            Geometry a = countries.get(i).geometry();
            if (!a.getEnvelopeInternal().intersects(within)) {
                continue;
            }
            for (int j = i + 1; j < countries.size(); j++) {
                Geometry b = countries.get(j).geometry();
                if (!a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    continue;
                }
                Geometry shared = a.getBoundary().intersection(b.getBoundary());
                for (int k = 0; k < shared.getNumGeometries(); k++) {
                    if (shared.getGeometryN(k) instanceof Lineal) {
                        lines.add(shared.getGeometryN(k));
                    }
                }
            }
        }
        Geometry all = gf.buildGeometry(lines);
        all.setSRID(4326);
        return all;
    }
}

package org.ecocorridor.ogc.wfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecocorridor.core.catalog.LayerInfo;
import org.ecocorridor.core.feature.Feature;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.feature.FeatureCursors;
import org.ecocorridor.core.feature.FeatureSchema;
import org.ecocorridor.core.filter.Filter;
import org.ecocorridor.core.filter.FilterBinder;
import org.ecocorridor.core.filter.ResourceIds;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SourceQuery;

/**
 * A feature source over lists, for protocol tests. It binds filters (so unknown properties fail as
 * in the stores) and evaluates only INCLUDE, EXCLUDE and ResourceIds; other filters select every
 * feature, as the SQL translation is tested in the store module. Records the last query.
 */
final class MemoryFeatureSource implements FeatureSource {
    private final Map<String, FeatureType> types;
    private final Map<String, List<Feature>> features;
    SourceQuery lastQuery;
    Filter lastCountFilter;
    /** Readers handed out and closed, and the type lookups made through them. */
    int readersOpened;
    int readersClosed;
    int readerTypeLookups;

    MemoryFeatureSource(Map<String, FeatureType> types, Map<String, List<Feature>> features) {
        this.types = types;
        this.features = features;
    }

    /** A reader that forwards to this source and records its lookups and its closing. */
    @Override
    public FeatureReader reader() {
        readersOpened++;
        FeatureReader plain = FeatureReader.unshared(this);
        return new FeatureReader() {
            private boolean closed;

            @Override
            public Optional<FeatureType> featureType(String name) {
                readerTypeLookups++;
                return plain.featureType(name);
            }

            @Override
            public long count(String typeName, Filter filter) {
                return plain.count(typeName, filter);
            }

            @Override
            public FeatureCursor open(SourceQuery query) {
                return plain.open(query);
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    readersClosed++;
                }
            }
        };
    }

    @Override
    public List<LayerInfo> layers() {
        return types.values().stream().map(FeatureType::info).sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public Optional<FeatureType> featureType(String name) {
        return Optional.ofNullable(types.get(name));
    }

    @Override
    public FeatureCursor open(SourceQuery q) {
        lastQuery = q;
        List<Feature> selected = select(q.typeName(), q.filter());
        int from = (int) Math.min(q.startIndex(), selected.size());
        int to = (int) Math.min(selected.size(), from + Math.min(q.maxFeatures(), Integer.MAX_VALUE));
        List<Feature> page = new ArrayList<>();
        for (Feature f : selected.subList(from, to)) {
            if (q.propertyNames() == null) {
                page.add(f);
            } else {
                Map<String, Object> kept = new java.util.LinkedHashMap<>();
                f.attributes().forEach((k, v) -> {
                    if (q.propertyNames().contains(k)) {
                        kept.put(k, v);
                    }
                });
                page.add(new Feature(f.id(), f.geometry(), kept));
            }
        }
        FeatureSchema schema = types.get(q.typeName()).schema();
        return FeatureCursors.of(schema, page);
    }

    @Override
    public long count(String typeName, Filter filter) {
        lastCountFilter = filter;
        return select(typeName, filter).size();
    }

    private List<Feature> select(String typeName, Filter filter) {
        FeatureType type = types.get(typeName);
        Filter bound = FilterBinder.bind(filter, type);
        List<Feature> all = features.get(typeName);
        if (bound == Filter.EXCLUDE) {
            return List.of();
        }
        if (bound instanceof ResourceIds r) {
            return all.stream().filter(f -> r.ids().contains(f.id())).toList();
        }
        return all;
    }
}

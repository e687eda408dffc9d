package org.ecocorridor.server.processes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The processes on offer, by id, in listing order. Immutable, thread-safe. */
public final class ProcessRegistry {
    private final Map<String, AnalysisProcess> byId = new LinkedHashMap<>();

    public ProcessRegistry(List<AnalysisProcess> processes) {
        for (AnalysisProcess p : processes) {
            if (byId.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException("Duplicate process id " + p.id());
            }
        }
    }

    public List<AnalysisProcess> all() {
        return List.copyOf(byId.values());
    }

    public Optional<AnalysisProcess> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}

package org.ecocorridor.connectivity.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.Pseudograph;

/**
 * An undirected patch graph: patches as nodes, links as weighted edges. Patches are kept sorted by
 * id and links by id, so every result is ordered the same way whatever the input order. Parallel
 * links between the same two patches are allowed (the shortest one wins in every metric).
 *
 * <p>Immutable.
 */
public final class PatchGraph {
    private final List<Patch> patches;
    private final List<PatchLink> links;
    private final Map<String, Integer> indexById;
    private final int[] linkFrom;
    private final int[] linkTo;

    private PatchGraph(List<Patch> patches, List<PatchLink> links, Map<String, Integer> indexById) {
        this.patches = patches;
        this.links = links;
        this.indexById = indexById;
        this.linkFrom = new int[links.size()];
        this.linkTo = new int[links.size()];
        for (int l = 0; l < links.size(); l++) {
            linkFrom[l] = indexById.get(links.get(l).from());
            linkTo[l] = indexById.get(links.get(l).to());
        }
    }

    /**
     * Builds a graph.
     *
     * @throws IllegalArgumentException for duplicate patch or link ids, or a link naming an unknown patch
     */
    public static PatchGraph of(List<Patch> patches, List<PatchLink> links) {
        List<Patch> sortedPatches = new ArrayList<>(patches);
        sortedPatches.sort(Comparator.comparing(Patch::id));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sortedPatches.size(); i++) {
            if (index.put(sortedPatches.get(i).id(), i) != null) {
                throw new IllegalArgumentException("Duplicate patch id " + sortedPatches.get(i).id());
            }
        }
        List<PatchLink> sortedLinks = new ArrayList<>(links);
        sortedLinks.sort(Comparator.comparing(PatchLink::id));
        Set<String> linkIds = new HashSet<>();
        for (PatchLink link : sortedLinks) {
            if (!linkIds.add(link.id())) {
                throw new IllegalArgumentException("Duplicate link id " + link.id());
            }
            for (String end : List.of(link.from(), link.to())) {
                if (!index.containsKey(end)) {
                    throw new IllegalArgumentException("Link " + link.id() + " names unknown patch " + end);
                }
            }
        }
        return new PatchGraph(List.copyOf(sortedPatches), List.copyOf(sortedLinks), Map.copyOf(index));
    }

    /** Patches sorted by id. */
    public List<Patch> patches() {
        return patches;
    }

    /** Links sorted by id. */
    public List<PatchLink> links() {
        return links;
    }

    public int patchCount() {
        return patches.size();
    }

    /**
     * Position of a patch in {@link #patches()}.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public int indexOf(String patchId) {
        Integer i = indexById.get(patchId);
        if (i == null) {
            throw new IllegalArgumentException("Unknown patch id " + patchId);
        }
        return i;
    }

    /** Sum of the patch attributes. */
    public double totalAttribute() {
        double sum = 0;
        for (Patch p : patches) {
            sum += p.attribute();
        }
        return sum;
    }

    /** The same patches without the links matching {@code removed}. */
    public PatchGraph withoutLinks(Predicate<PatchLink> removed) {
        List<PatchLink> kept = links.stream().filter(removed.negate()).toList();
        return new PatchGraph(patches, kept, indexById);
    }

    /** Connected components as sets of patch ids, ordered by their smallest id. */
    public List<Set<String>> components() {
        Graph<String, Integer> g = new Pseudograph<>(Integer.class);
        patches.forEach(p -> g.addVertex(p.id()));
        for (int l = 0; l < links.size(); l++) {
            g.addEdge(links.get(l).from(), links.get(l).to(), l);
        }
        List<TreeSet<String>> sorted = new ArrayList<>();
        for (Set<String> component : new ConnectivityInspector<>(g).connectedSets()) {
            sorted.add(new TreeSet<>(component));
        }
        sorted.sort(Comparator.comparing(TreeSet::first));
        List<Set<String>> result = new ArrayList<>();
        sorted.forEach(s -> result.add(Collections.unmodifiableSet(s)));
        return List.copyOf(result);
    }

    int linkFrom(int link) {
        return linkFrom[link];
    }

    int linkTo(int link) {
        return linkTo[link];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PatchGraph g && patches.equals(g.patches) && links.equals(g.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(patches, links);
    }

    @Override
    public String toString() {
        return "PatchGraph[patches=" + patches.size() + ", links=" + links.size() + "]";
    }
}

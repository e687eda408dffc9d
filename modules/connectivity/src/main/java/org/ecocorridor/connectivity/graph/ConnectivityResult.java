package org.ecocorridor.connectivity.graph;

import java.util.List;

/**
 * Whole-graph connectivity indices with the importance of every patch and link.
 *
 * <p>Immutable.
 *
 * @param pcNumerator    PCnum = Σ<sub>i</sub>Σ<sub>j</sub> a<sub>i</sub> a<sub>j</sub> p*<sub>ij</sub>
 *                       (i = j included, p*<sub>ii</sub> = 1), in attribute units squared
 * @param pc             PC = PCnum / A<sub>L</sub>², dimensionless, 0 to 1
 * @param eca            ECA = √PCnum = A<sub>L</sub> √PC, in attribute units
 * @param iicNumerator   IICnum = Σ<sub>i</sub>Σ<sub>j</sub> a<sub>i</sub> a<sub>j</sub> / (1 + nl<sub>ij</sub>)
 *                       (unreachable pairs contribute 0)
 * @param iic            IIC = IICnum / A<sub>L</sub>²
 * @param componentCount number of connected components of the graph
 * @param patches        per-patch metrics, sorted by patch id
 * @param links          per-link importance, sorted by link id
 */
public record ConnectivityResult(double pcNumerator, double pc, double eca, double iicNumerator, double iic,
        int componentCount, List<PatchImportance> patches, List<LinkImportance> links) {

    public ConnectivityResult {
        patches = List.copyOf(patches);
        links = List.copyOf(links);
    }

    /**
     * The metrics of one patch.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public PatchImportance patch(String patchId) {
        return patches.stream().filter(p -> p.patchId().equals(patchId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown patch id " + patchId));
    }

    /**
     * The importance of one link.
     *
     * @throws IllegalArgumentException for an unknown id
     */
    public LinkImportance link(String linkId) {
        return links.stream().filter(l -> l.linkId().equals(linkId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown link id " + linkId));
    }
}

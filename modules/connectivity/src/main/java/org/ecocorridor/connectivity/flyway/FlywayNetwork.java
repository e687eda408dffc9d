package org.ecocorridor.connectivity.flyway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;

/**
 * One species' flyway network: its sites, and a leg between every pair of sites whose geodesic
 * distance is at most the maximum non-stop flight range. Legs are undirected: the same sites serve
 * northward and southward migration.
 *
 * <p>Immutable.
 */
public final class FlywayNetwork {
    private final List<FlywaySite> sites;
    private final Map<String, FlywaySite> byCode;
    private final List<FlightLeg> legs;
    private final double maxFlightRangeKm;

    private FlywayNetwork(List<FlywaySite> sites, List<FlightLeg> legs, double maxFlightRangeKm) {
        this.sites = sites;
        this.legs = legs;
        this.maxFlightRangeKm = maxFlightRangeKm;
        Map<String, FlywaySite> map = new LinkedHashMap<>();
        sites.forEach(s -> map.put(s.code(), s));
        this.byCode = map;
    }

    /**
     * Links every pair of sites within {@code maxFlightRangeKm} (geodesic distance on WGS 84).
     *
     * @throws IllegalArgumentException for duplicate site codes or a range that is not finite and &gt; 0
     */
    public static FlywayNetwork build(List<FlywaySite> sites, double maxFlightRangeKm) {
        if (!(maxFlightRangeKm > 0) || Double.isInfinite(maxFlightRangeKm)) {
            throw new IllegalArgumentException("maxFlightRangeKm must be finite and > 0, got " + maxFlightRangeKm);
        }
        List<FlywaySite> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparing(FlywaySite::code));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).code().equals(sorted.get(i - 1).code())) {
                throw new IllegalArgumentException("Duplicate site code " + sorted.get(i).code());
            }
        }
        Geodesics geodesics = new Geodesics();
        List<FlightLeg> legs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            FlywaySite a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                FlywaySite b = sorted.get(j);
                double km = geodesics.distanceMetres(a.lonDegrees(), a.latDegrees(), b.lonDegrees(), b.latDegrees())
                        / 1000;
                if (km <= maxFlightRangeKm) {
                    legs.add(new FlightLeg(a.code(), b.code(), km));
                }
            }
        }
        return new FlywayNetwork(List.copyOf(sorted), List.copyOf(legs), maxFlightRangeKm);
    }

    /** Sites sorted by code. */
    public List<FlywaySite> sites() {
        return sites;
    }

    /** Legs sorted by (fromCode, toCode). */
    public List<FlightLeg> legs() {
        return legs;
    }

    public double maxFlightRangeKm() {
        return maxFlightRangeKm;
    }

    /**
     * The site of a code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public FlywaySite site(String code) {
        FlywaySite s = byCode.get(code);
        if (s == null) {
            throw new IllegalArgumentException("Unknown site code " + code);
        }
        return s;
    }

    /** The same legs over other site records (same codes), e.g. with changed counts. */
    public FlywayNetwork withSites(List<FlywaySite> replacement) {
        List<FlywaySite> sorted = new ArrayList<>(replacement);
        sorted.sort(Comparator.comparing(FlywaySite::code));
        if (!sorted.stream().map(FlywaySite::code).toList().equals(sites.stream().map(FlywaySite::code).toList())) {
            throw new IllegalArgumentException("Replacement sites must have exactly the codes of the network");
        }
        return new FlywayNetwork(List.copyOf(sorted), legs, maxFlightRangeKm);
    }

    /** A new undirected JGraphT graph of site codes and legs (unweighted). */
    Graph<String, FlightLeg> toGraph() {
        Graph<String, FlightLeg> g = new SimpleGraph<>(FlightLeg.class);
        sites.forEach(s -> g.addVertex(s.code()));
        legs.forEach(l -> g.addEdge(l.fromCode(), l.toCode(), l));
        return g;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlywayNetwork n && sites.equals(n.sites) && legs.equals(n.legs)
                && maxFlightRangeKm == n.maxFlightRangeKm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sites, legs, maxFlightRangeKm);
    }

    @Override
    public String toString() {
        return "FlywayNetwork[sites=" + sites.size() + ", legs=" + legs.size() + ", maxFlightRangeKm="
                + maxFlightRangeKm + "]";
    }
}

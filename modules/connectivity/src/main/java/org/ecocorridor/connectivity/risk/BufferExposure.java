package org.ecocorridor.connectivity.risk;

/**
 * What lies within one buffer (a disk, not a ring) around a site.
 *
 * <p>Immutable.
 *
 * @param radiusKm                 buffer radius, km
 * @param windFarmCount            wind farms whose geometry comes within the radius
 * @param windCapacityMw           their summed capacity, MW (unknown capacities count 0)
 * @param windFarmsUnknownCapacity how many of them have no known capacity
 * @param powerLineKm              length of power lines inside the disk, km
 */
public record BufferExposure(double radiusKm, int windFarmCount, double windCapacityMw, int windFarmsUnknownCapacity,
        double powerLineKm) {
}

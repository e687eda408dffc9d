package org.ecocorridor.connectivity.corridor;

/**
 * One row of the core table.
 *
 * <p>Immutable.
 *
 * @param id               core id
 * @param name             core name (may be empty)
 * @param cellCount        grid cells of the core
 * @param areaSquareMetres cellCount × cell area (CRS units², m² on projected grids)
 * @param corridorCount    kept corridors (positive link type) with this core at one end
 */
public record CoreSummary(int id, String name, int cellCount, double areaSquareMetres, int corridorCount) {
}

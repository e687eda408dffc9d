/**
 * Species resistance surfaces: land-cover classes mapped through a
 * {@link org.ecocorridor.connectivity.resistance.ResistanceProfile}, overlays burned in with an
 * {@link org.ecocorridor.connectivity.resistance.OverlayRule}
 * ({@link org.ecocorridor.connectivity.resistance.ResistanceSurfaceBuilder}); the result carries its
 * {@link org.ecocorridor.connectivity.resistance.ResistanceParameters}.
 */
package org.ecocorridor.connectivity.resistance;

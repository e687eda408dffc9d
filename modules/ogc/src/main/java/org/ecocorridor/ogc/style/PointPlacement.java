package org.ecocorridor.ogc.style;

/**
 * A label placed relative to a point (SLD 1.0 §11.4.4). The anchor is a fraction of the label box:
 * (0, 0) is its bottom-left, (1, 1) its top-right; the SLD default (0, 0.5) starts the text at the
 * point, vertically centred. Displacement moves the label right and up; rotation turns it clockwise
 * around the displaced anchor.
 *
 * <p>Immutable.
 *
 * @param anchorX         0 to 1
 * @param anchorY         0 to 1
 * @param displacementX   to the right, in the symbolizer's unit
 * @param displacementY   upwards, in the symbolizer's unit
 * @param rotationDegrees clockwise
 */
public record PointPlacement(double anchorX, double anchorY, double displacementX, double displacementY,
        double rotationDegrees) implements LabelPlacement {

    /** The SLD default: anchor (0, 0.5), no displacement or rotation. */
    public static final PointPlacement DEFAULT = new PointPlacement(0, 0.5, 0, 0, 0);

    public PointPlacement {
        StyleChecks.requireFinite("AnchorPointX", anchorX);
        StyleChecks.requireFinite("AnchorPointY", anchorY);
        StyleChecks.requireFinite("DisplacementX", displacementX);
        StyleChecks.requireFinite("DisplacementY", displacementY);
        StyleChecks.requireFinite("Rotation", rotationDegrees);
    }
}

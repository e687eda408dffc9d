package org.ecocorridor.ogc.style;

/** Shared argument checks of the style records. Thread-safe: stateless. */
final class StyleChecks {
    private StyleChecks() {
    }

    static double requireOpacity(String name, double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + opacity);
        }
        return opacity;
    }

    static double requireUnit(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + value);
        }
        return value;
    }

    static double requireFinite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }
}

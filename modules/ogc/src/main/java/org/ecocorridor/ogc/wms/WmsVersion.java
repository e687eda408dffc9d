package org.ecocorridor.ogc.wms;

/**
 * The two WMS versions and the parameter names that differ between them. Immutable.
 */
public enum WmsVersion {
    V130("1.3.0", "CRS", "I", "J"),
    V111("1.1.1", "SRS", "X", "Y");

    private final String text;
    private final String crsParameter;
    private final String iParameter;
    private final String jParameter;

    WmsVersion(String text, String crsParameter, String iParameter, String jParameter) {
        this.text = text;
        this.crsParameter = crsParameter;
        this.iParameter = iParameter;
        this.jParameter = jParameter;
    }

    /** {@code 1.3.0} or {@code 1.1.1}. */
    public String text() {
        return text;
    }

    /** {@code CRS} (1.3.0) or {@code SRS} (1.1.1). */
    public String crsParameter() {
        return crsParameter;
    }

    /** Pixel column parameter of GetFeatureInfo: {@code I} or {@code X}. */
    public String iParameter() {
        return iParameter;
    }

    /** Pixel row parameter of GetFeatureInfo: {@code J} or {@code Y}. */
    public String jParameter() {
        return jParameter;
    }

    /**
     * The version of a request: 1.1.x (and 1.0.x) map to 1.1.1, anything else to 1.3.0 (WMS 1.3.0
     * §6.2.4: the server answers with the highest version it supports below the requested one, or its
     * lowest; absent means the highest).
     */
    public static WmsVersion of(String version) {
        if (version == null) {
            return V130;
        }
        String v = version.trim();
        return v.startsWith("1.1") || v.startsWith("1.0") ? V111 : V130;
    }
}

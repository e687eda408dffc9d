package org.ecocorridor.ogc.exception;

/**
 * Exception codes of WMS 1.3.0 (Table E.1) and WMS 1.1.1 (Annex A.3), next to the OWS codes of
 * {@link ExceptionCodes}. WMS 1.1.1 calls the CRS code {@code InvalidSRS}; use
 * {@link #invalidCrs(String)} to pick it by version. Immutable constants.
 */
public final class WmsExceptionCodes {
    public static final String INVALID_FORMAT = "InvalidFormat";
    public static final String INVALID_CRS = "InvalidCRS";
    public static final String INVALID_SRS = "InvalidSRS";
    public static final String LAYER_NOT_DEFINED = "LayerNotDefined";
    public static final String STYLE_NOT_DEFINED = "StyleNotDefined";
    public static final String LAYER_NOT_QUERYABLE = "LayerNotQueryable";
    public static final String INVALID_POINT = "InvalidPoint";
    public static final String CURRENT_UPDATE_SEQUENCE = "CurrentUpdateSequence";
    public static final String INVALID_UPDATE_SEQUENCE = "InvalidUpdateSequence";
    public static final String MISSING_DIMENSION_VALUE = "MissingDimensionValue";
    public static final String INVALID_DIMENSION_VALUE = "InvalidDimensionValue";
    public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";

    private WmsExceptionCodes() {
    }

    /** {@code InvalidCRS} for WMS 1.3.0, {@code InvalidSRS} for 1.1.1. */
    public static String invalidCrs(String version) {
        return "1.1.1".equals(version) ? INVALID_SRS : INVALID_CRS;
    }

    /** A WMS client error: HTTP 400 with the code and locator. */
    public static OgcException error(String code, String locator, String message) {
        return new OgcException(code, locator, message, 400);
    }
}

package org.ecocorridor.ogc.exception;

/** Exception codes of OWS Common 1.1 (Table 25) and WFS 2.0 (Table 3). Immutable constants. */
public final class ExceptionCodes {
    public static final String OPERATION_NOT_SUPPORTED = "OperationNotSupported";
    public static final String MISSING_PARAMETER_VALUE = "MissingParameterValue";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValue";
    public static final String VERSION_NEGOTIATION_FAILED = "VersionNegotiationFailed";
    public static final String OPTION_NOT_SUPPORTED = "OptionNotSupported";
    public static final String NO_APPLICABLE_CODE = "NoApplicableCode";
    public static final String OPERATION_PARSING_FAILED = "OperationParsingFailed";
    public static final String OPERATION_PROCESSING_FAILED = "OperationProcessingFailed";
    public static final String NOT_FOUND = "NotFound";

    private ExceptionCodes() {
    }
}

package org.ecocorridor.ogc.wfs;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.ecocorridor.core.filter.InvalidFilterException;
import org.ecocorridor.core.source.FeatureEdit;
import org.ecocorridor.core.source.FeatureEditor;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.core.source.FeatureSource;
import org.ecocorridor.core.source.FeatureType;
import org.ecocorridor.core.source.SortKey;
import org.ecocorridor.core.source.TransactionResult;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.ExceptionReportWriter;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.gml.GmlVersion;
import org.ecocorridor.ogc.ows.OwsRequest;
import org.ecocorridor.ogc.ows.OwsResponse;
import org.ecocorridor.ogc.ows.OwsService;
import org.ecocorridor.ogc.ows.VersionNegotiation;
import org.ecocorridor.ogc.ows.XmlElement;
import org.ecocorridor.ogc.ows.XmlRoot;

/**
 * The Web Feature Service (WFS 2.0.0, and 1.1.0 and 1.0.0 for older clients) over a {@link FeatureSource}:
 * GetCapabilities, DescribeFeatureType, GetFeature, GetPropertyValue, ListStoredQueries and
 * DescribeStoredQueries, in KVP and XML encodings, and Transaction (WFS-T 2.0, 1.1 and 1.0 XML) when
 * an editor is given. GetFeature writes GML 3.2, 3.1.1 and 2.1.2, GeoJSON, CSV and the file formats
 * given ({@link FeatureFileFormat}: GeoPackage and zipped Shapefile in the server).
 * WFS 1.0.0 errors use the OWS 1.0 report of WFS 1.1.0. Requests are parsed and validated completely
 * (filters bound to their types, counts taken) before the response body is written, so client
 * errors always become exception reports.
 *
 * <p>Thread-safe.
 */
public final class WfsService implements OwsService {
    static final List<String> VERSIONS = List.of("2.0.0", "1.1.0", "1.0.0");

    private final FeatureSource source;
    private final FeatureTypes types;
    private final GetFeatureHandler getFeature;
    private final FeatureEditor editor;
    private final TransactionParser transactions;
    private final OutputFormats formats;

    /** A read-only WFS. */
    public WfsService(FeatureSource source) {
        this(source, null);
    }

    /**
     * A WFS with transactions (WFS-T) for users with the editor or admin role.
     *
     * @param editor writes edits, or null for a read-only service
     */
    public WfsService(FeatureSource source, FeatureEditor editor) {
        this(source, editor, List.of());
    }

    /**
     * A WFS with transactions and extra GetFeature file formats.
     *
     * @param editor      writes edits, or null for a read-only service
     * @param fileFormats output formats written through a file, advertised for GetFeature in 2.0.0 and 1.1.0
     */
    public WfsService(FeatureSource source, FeatureEditor editor, List<FeatureFileFormat> fileFormats) {
        this.source = source;
        this.editor = editor;
        this.types = new FeatureTypes(source);
        this.formats = new OutputFormats(fileFormats);
        this.getFeature = new GetFeatureHandler(formats);
        this.transactions = new TransactionParser(types);
    }

    @Override
    public String name() {
        return "WFS";
    }

    @Override
    public boolean accepts(XmlRoot root) {
        return "WFS".equalsIgnoreCase(root.service()) || WfsNames.WFS_20.equals(root.namespace())
                || WfsNames.WFS_11.equals(root.namespace());
    }

    @Override
    public ExceptionReportWriter.Format exceptionFormat(OwsRequest request) {
        String v = requestedVersion(request);
        return "1.1.0".equals(v) || "1.0.0".equals(v) ? ExceptionReportWriter.Format.OWS_1_0
                : ExceptionReportWriter.Format.OWS_1_1;
    }

    @Override
    public String exceptionVersion(OwsRequest request) {
        String v = requestedVersion(request);
        return "1.1.0".equals(v) ? "1.1.0" : "1.0.0".equals(v) ? "1.0.0" : "2.0.0";
    }

    @Override
    public OwsResponse handle(OwsRequest request) {
        XmlElement xml = request.isXml() ? XmlElement.parse(request.xmlBody()) : null;
        String operation = xml != null ? xml.localName() : request.kvp().require("REQUEST");
        if (operation.equalsIgnoreCase("GetCapabilities")) {
            return capabilities(request, xml);
        }
        if (operation.equalsIgnoreCase("Transaction")) {
            return transaction(request, xml);
        }
        String version = version(request, xml);
        switch (operation.toLowerCase(Locale.ROOT)) {
            case "describefeaturetype":
                return describeFeatureType(request, xml, version);
            case "getfeature":
                return getFeature(request, xml, version, false);
            case "getpropertyvalue":
                return getFeature(request, xml, version, true);
            case "liststoredqueries":
                return xmlResponse(out -> StoredQueriesWriter.list(out, types.visible(request.user())));
            case "describestoredqueries":
                return describeStoredQueries(request, xml);
            default:
                throw OgcException.operationNotSupported(operation);
        }
    }

    private OwsResponse capabilities(OwsRequest request, XmlElement xml) {
        List<String> accepted = new ArrayList<>();
        if (xml != null) {
            xml.child("AcceptVersions").ifPresent(a -> a.children("Version").forEach(v -> accepted.add(v.text())));
        } else {
            accepted.addAll(request.kvp().list("ACCEPTVERSIONS"));
            if (accepted.isEmpty() && request.kvp().get("VERSION") != null) {
                accepted.add(request.kvp().get("VERSION"));
            }
        }
        String service = xml != null ? xml.attribute("service") : request.kvp().get("SERVICE");
        if (service == null) {
            throw OgcException.missingParameter("service");
        }
        String version = VersionNegotiation.negotiate(accepted, VERSIONS);
        var layers = types.visible(request.user());
        boolean editing = editor != null && request.user().canEdit();
        List<FeatureFileFormat> files = formats.files();
        if ("1.0.0".equals(version)) {
            return xmlResponse(out -> write(() -> Capabilities10Writer.write(out, request.endpointUrl(), layers, editing)));
        }
        if ("1.1.0".equals(version)) {
            return xmlResponse(out -> write(() -> Capabilities11Writer.write(out, request.endpointUrl(), layers, editing,
                    files)));
        }
        return xmlResponse(out -> write(() -> Capabilities20Writer.write(out, request.endpointUrl(), layers, editing,
                files)));
    }

    /**
     * WFS-T: XML only, for editors and admins (401 for anonymous users so that clients ask for
     * credentials, 403 for other roles); all edits in one store transaction.
     */
    private OwsResponse transaction(OwsRequest request, XmlElement xml) {
        if (editor == null) {
            throw OgcException.operationNotSupported("Transaction");
        }
        if (xml == null) {
            throw OgcException.optionNotSupported("request", "Transaction is supported in XML encoding only (POST)");
        }
        if (!request.user().isAuthenticated()) {
            throw new OgcException(ExceptionCodes.OPERATION_PROCESSING_FAILED, "Transaction",
                    "Transactions need a signed-in editor", 401);
        }
        if (!request.user().canEdit()) {
            throw new OgcException(ExceptionCodes.OPERATION_PROCESSING_FAILED, "Transaction",
                    "User " + request.user().name() + " may not edit features (editor or admin role needed)", 403);
        }
        String version = xml.attribute("version") == null ? "2.0.0" : xml.attribute("version");
        List<FeatureEdit> edits = transactions.parse(xml, request.user());
        TransactionResult result;
        try {
            result = editor.apply(edits);
        } catch (InvalidFilterException e) {
            throw OgcException.invalidParameter(e.locator(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new OgcException(ExceptionCodes.OPERATION_PROCESSING_FAILED, "Transaction", e.getMessage(), 400, e);
        }
        return xmlResponse(out -> TransactionResponseWriter.write(out, result, version));
    }

    private OwsResponse describeFeatureType(OwsRequest request, XmlElement xml, String version) {
        List<FeatureType> described = new ArrayList<>();
        if (xml != null) {
            for (XmlElement t : xml.children("TypeName")) {
                described.add(types.resolve(t.text(), t.namespaces(), request.user(), "typeName"));
            }
        } else {
            Map<String, String> ns = Namespaces.parse(request.kvp().get("NAMESPACES", request.kvp().get("NAMESPACE")));
            for (String t : request.kvp().list(request.kvp().get("TYPENAMES") != null ? "TYPENAMES" : "TYPENAME")) {
                described.add(types.resolve(t, ns, request.user(), "typeNames"));
            }
        }
        if (described.isEmpty()) {
            for (var l : types.visible(request.user())) {
                source.featureType(l.name()).ifPresent(described::add);
            }
        }
        String format = xml != null ? xml.attribute("outputFormat") : request.kvp().get("OUTPUTFORMAT");
        if (format != null && !format.contains("gml") && !format.equals("text/xml") && !format.contains("xml")) {
            throw OgcException.invalidParameter("outputFormat", "Unsupported schema format \"" + format + "\"");
        }
        GmlVersion gml = switch (version) {
            case "1.1.0" -> GmlVersion.GML_311;
            case "1.0.0" -> GmlVersion.GML_212;
            default -> GmlVersion.GML_32;
        };
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        write(() -> SchemaWriter.write(buffer, described, gml));
        byte[] body = buffer.toByteArray();
        String contentType = switch (gml) {
            case GML_32 -> "application/gml+xml; version=3.2";
            case GML_311 -> WfsNames.GML311_FORMAT;
            case GML_212 -> WfsNames.GML2_FORMAT;
        };
        return new OwsResponse(200, contentType, Map.of("ETag", etag(body), "Cache-Control", "max-age=60"),
                out -> out.write(body));
    }

    /**
     * GetFeature and GetPropertyValue through one {@link FeatureReader}: the types are resolved, counted
     * and read on one connection, and each catalog row is read once per request.
     */
    private OwsResponse getFeature(OwsRequest request, XmlElement xml, String version, boolean propertyValue) {
        FeatureReader reader = source.reader();
        try {
            FeatureTypes requestTypes = types.reading(reader);
            GetFeatureKvpParser kvp = new GetFeatureKvpParser(requestTypes, formats);
            GetFeatureRequest r = xml != null
                    ? new GetFeatureXmlParser(requestTypes, kvp).parse(xml, version, request.user())
                    : kvp.parse(request.kvp(), version, request.user(), propertyValue);
            for (QuerySpec q : r.queries()) {
                checkProperties(q, r.valueReference() != null);
            }
            return getFeature.handle(r, new PagingLinks(request.endpointUrl(), xml == null ? request.kvp() : null,
                    version), reader);
        } catch (RuntimeException | Error e) { // an Error too (a StackOverflowError from a deep FILTER):
            try {                                // the pooled connection must not leak
                reader.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static void checkProperties(QuerySpec q, boolean valueReference) {
        String locator = valueReference ? "valueReference" : "PROPERTYNAME";
        if (valueReference && q.propertyNames() != null && q.propertyNames().isEmpty()) {
            return; // @gml:id
        }
        if (q.propertyNames() != null) {
            for (String p : q.propertyNames()) {
                if (!p.equals(q.type().geometryName()) && q.type().schema().attribute(p).isEmpty()) {
                    throw OgcException.invalidParameter(locator, "Unknown property \"" + p + "\" of " + q.type().name());
                }
            }
        }
        for (SortKey k : q.sortBy()) {
            if (q.type().schema().attribute(k.property()).isEmpty()) {
                throw OgcException.invalidParameter("SORTBY", "Cannot sort by \"" + k.property() + "\"");
            }
        }
    }

    private OwsResponse describeStoredQueries(OwsRequest request, XmlElement xml) {
        List<String> ids = new ArrayList<>();
        if (xml != null) {
            xml.children("StoredQueryId").forEach(e -> ids.add(e.text()));
        } else {
            ids.addAll(request.kvp().list("STOREDQUERY_ID"));
        }
        if (ids.isEmpty()) {
            ids.add(WfsNames.GET_FEATURE_BY_ID);
        }
        for (String id : ids) {
            if (!WfsNames.GET_FEATURE_BY_ID.equals(id)) {
                throw OgcException.invalidParameter("STOREDQUERY_ID", "Unknown stored query \"" + id + "\"");
            }
        }
        var layers = types.visible(request.user());
        return xmlResponse(out -> StoredQueriesWriter.describe(out, ids, layers));
    }

    private static String version(OwsRequest request, XmlElement xml) {
        String v = xml != null ? xml.attribute("version") : request.kvp().get("VERSION");
        String service = xml != null ? xml.attribute("service") : request.kvp().get("SERVICE");
        if (service == null) {
            throw OgcException.missingParameter("service");
        }
        if (v == null) {
            throw OgcException.missingParameter("version");
        }
        if (!VERSIONS.contains(v)) {
            throw OgcException.invalidParameter("version", "Unsupported WFS version \"" + v + "\"; supported " + VERSIONS);
        }
        return v;
    }

    private static String requestedVersion(OwsRequest request) {
        if (request.isXml()) {
            try {
                return XmlRoot.of(request.xmlBody()).version();
            } catch (OgcException e) {
                return null;
            }
        }
        String v = request.kvp().get("VERSION");
        String accepted = request.kvp().get("ACCEPTVERSIONS");
        if (v == null && ("1.1.0".equals(accepted) || "1.0.0".equals(accepted))) {
            return accepted;
        }
        return v;
    }

    private static OwsResponse xmlResponse(OwsResponse.Body body) {
        return OwsResponse.ok("application/xml; charset=UTF-8", body);
    }

    /** Work that writes XML. */
    private interface XmlWork {
        void run() throws XMLStreamException;
    }

    private static void write(XmlWork work) {
        try {
            work.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing XML failed: " + e.getMessage(), e);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}

package org.ecocorridor.ogc.wfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ecocorridor.core.feature.FeatureCursor;
import org.ecocorridor.core.source.FeatureReader;
import org.ecocorridor.ogc.exception.ExceptionCodes;
import org.ecocorridor.ogc.exception.OgcException;
import org.ecocorridor.ogc.ows.OwsResponse;

/**
 * GetFeature answers in a {@link FeatureFileFormat}: the features stream from the database cursors
 * into a temporary file before the response starts (so that a failure is still an exception
 * report) and the reader is closed (its pooled connection is not held during the download), then
 * the file is copied to the client with {@code Content-Length} and
 * {@code Content-Disposition: attachment; filename="<typename><extension>"} and deleted, whether
 * the copy succeeds or not. Thread-safe (stateless).
 */
final class FileResponses {
    private FileResponses() {
    }

    static OwsResponse write(FeatureFileFormat format, FeatureReader source, FeatureStream stream,
            List<QuerySpec> queries) {
        Path file;
        try {
            file = Files.createTempFile("ecocorridor-wfs-", format.fileExtension());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for " + format.names().get(0), e);
        }
        boolean handedOver = false;
        Map<String, FeatureCursor> cursors = stream.cursors(source);
        try {
            format.write(cursors, file);
            long size = Files.size(file);
            String name = queries.stream().map(q -> q.type().name()).distinct().count() == 1
                    ? queries.get(0).type().name() : "features";
            OwsResponse response = new OwsResponse(200, format.contentType(), Map.of(
                    "Content-Disposition", "attachment; filename=\"" + name + format.fileExtension() + "\"",
                    "Content-Length", Long.toString(size)), out -> {
                        try {
                            Files.copy(file, out);
                            out.flush();
                        } finally {
                            Files.deleteIfExists(file);
                        }
                    });
            handedOver = true;
            return response;
        } catch (IllegalArgumentException e) {
            throw new OgcException(ExceptionCodes.OPERATION_PROCESSING_FAILED, "outputFormat",
                    "Cannot write " + format.names().get(0) + ": " + e.getMessage(), 400, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing " + format.names().get(0) + " failed: " + e.getMessage(), e);
        } finally {
            cursors.values().forEach(FeatureCursor::close);
            // Everything is in the file: give the connection back (and end any read transaction) now,
            // not after the copy to a possibly slow client.
            source.close();
            if (!handedOver) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // best effort: the file is in the temporary directory
                }
            }
        }
    }
}

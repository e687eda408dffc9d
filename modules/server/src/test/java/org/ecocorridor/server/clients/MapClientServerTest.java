package org.ecocorridor.server.clients;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.ecocorridor.server.support.ServerProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the map-client tests: the real server on a random port over the embedded H2GIS store seeded
 * with the repository's demo data and styles. Every subclass has identical configuration, so Spring's
 * test-context cache starts the server once per JVM; the store directory therefore is a JVM-wide
 * temporary directory rather than a per-class {@code @TempDir} (which JUnit would delete while the
 * cached server still uses it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MapClientServerTest {
    private static final Path DATA_DIR = createDataDir();
    private final HttpClient client = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServerProperties.embedded(registry, () -> DATA_DIR, "client-test-admin-password");
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("eco-clients-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>} of the running server. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** GET of an absolute URL or a server path, body as bytes. */
    HttpResponse<byte[]> get(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl;
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Decodes an image body; null when ImageIO cannot read it. */
    static BufferedImage decode(byte[] body) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(body));
    }
}

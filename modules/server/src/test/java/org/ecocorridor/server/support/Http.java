package org.ecocorridor.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** A tiny real-HTTP client for tests: GET, DELETE, JSON POST, and multipart PUT of one file with form fields. */
public final class Http {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password))
                .GET().build());
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return send(b.build());
    }

    /**
     * POST a JSON body; credentials may be null.
     *
     * @param headers extra header names and values, alternating
     */
    public HttpResponse<String> postJson(String path, String json, String user, String password, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return send(b.build());
    }

    /** PUT a JSON body; credentials may be null. */
    public HttpResponse<String> putJson(String path, String json, String user, String password) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return send(b.build());
    }

    /** GET a binary body (PDF, GeoPackage, PNG) as {@code user}. */
    public HttpResponse<byte[]> getBytes(String path, String user, String password) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with optional credentials (null = anonymous). */
    public HttpResponse<String> getAs(String path, String user, String password) {
        return user == null ? get(path) : get(path, user, password);
    }

    /** PUT multipart/form-data with part {@code file} and text fields; credentials may be null. */
    public HttpResponse<String> putFile(String path, Path file, Map<String, String> fields, String user,
            String password) throws IOException {
        String boundary = "----eco" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        for (var f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey()
                    + "\"\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Files.readAllBytes(file));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        return send(b.build());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.rollcall.api.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API described in OpenAPI 3.1, written by hand beside the resources (no server's own OpenAPI generator is
 * portable) and checked against them by a test that calls every operation it lists. Public: it holds no data.
 */
@Path("openapi.yaml")
@ApplicationScoped
public class OpenApiResource {

    static final String DOCUMENT = "/org/rollcall/api/openapi.yaml";

    private final String document = read();

    @GET
    @Produces("application/yaml; charset=utf-8")
    public String document() {
        return document;
    }

    private static String read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the WAR");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.attune.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Attune's HTTP API lives under {@code /api}; versioned paths ({@code /api/v1/...}) below it. Jersey's generated
 * WADL ({@code /api/application.wadl}) is switched off: the API is described by OpenAPI at {@code /openapi}.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}

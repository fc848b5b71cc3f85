package org.attune.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Attune's HTTP API lives under {@code /api}; versioned paths ({@code /api/v1/...}) below it. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}

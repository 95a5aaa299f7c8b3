package org.rollcall.api.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. Every resource and provider in the WAR belongs to it; a change that breaks a client
 * goes to {@code /api/v2}, beside this one.
 */
@ApplicationPath(ApiApplication.PATH)
public class ApiApplication extends Application {

    /** Under the context root, without slashes: the authentication mechanism recognises API requests by it. */
    public static final String PATH = "api/v1";
}

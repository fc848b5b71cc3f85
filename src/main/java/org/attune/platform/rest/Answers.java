package org.attune.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Successful API answers with the caching they need: none kept, revalidated each time, or a private download. */
public final class Answers {

    private Answers() {}

    /** 200 with the entity, kept by no cache (it changes, or is someone's). */
    public static Response noStore(Object entity) {
        return Response.ok(entity).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** 200 with the entity of this type, which caches may keep but must revalidate before each use. */
    public static Response noCache(Object entity, String type) {
        return Response.ok(entity, type)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** 200 with a download for the signed-in person, saved as this file name and kept by no cache. */
    public static Response privateDownload(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}

package org.attune.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource that authenticates every call by a bearer token and never by the session cookie: a cross-site
 * page cannot use it on someone's behalf, so {@link CsrfHeaderFilter} lets its calls through (and the resource
 * answers a missing token with 401).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BearerTokenOnly {}

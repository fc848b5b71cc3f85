/** Servlet-level plumbing shared by every page and endpoint. */
package org.attune.platform.web;

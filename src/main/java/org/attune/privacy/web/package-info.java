/** The export download and the administrator's erasure page. */
package org.attune.privacy.web;

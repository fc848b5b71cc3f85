/** Start-up configuration that must be in place before Jakarta Faces initialises. */
package org.attune.platform.config;

/** Faces helpers shared by pages: exception handling, converters, validators and message helpers. */
package org.attune.platform.faces;

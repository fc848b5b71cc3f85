/** Drawing Attune's printed PDF documents: embedded fonts, real text, the house colours and vector QR codes. */
package org.attune.platform.pdf;

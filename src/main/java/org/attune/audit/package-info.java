/** The append-only audit log that every feature writes to: who did what, when, on whom. */
package org.attune.audit;

/**
 * Data stewardship (UK GDPR): a person's subject access export as one ZIP, and erasure with pseudonymisation. Reads
 * every other feature and asks each to clear its own data; no feature depends on this one.
 */
package org.attune.privacy;

/**
 * People, their roles, signing in and out, passwords (hashing, rules, reset), sign-in throttling and invitations.
 * Knows nothing of organisations: memberships live in {@code org.attune.organisation}.
 */
package org.attune.account;

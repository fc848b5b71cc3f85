/**
 * The page people land on after signing in: each of their roles' to-do list, composed from the counts that each
 * feature keeps for itself (this package counts nothing of its own).
 */
package org.attune.home;

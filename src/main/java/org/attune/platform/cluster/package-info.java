/**
 * What keeps a cluster of Attune nodes acting as one: leases that let work run on one node at a time, and maps that
 * every node shares (Hazelcast, which Payara Micro runs, when the node is part of a cluster).
 */
package org.attune.platform.cluster;

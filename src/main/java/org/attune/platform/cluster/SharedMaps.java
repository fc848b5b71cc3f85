package org.attune.platform.cluster;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Maps that every node of the cluster shares: Payara Micro's Hazelcast map of that name when the node runs Hazelcast
 * (a cluster), otherwise a map in this node's memory (the single-node run mode and the tests, started with
 * {@code --nohazelcast}). Keys and values must be JDK types (strings, numbers): the nodes exchange them.
 */
@ApplicationScoped
public class SharedMaps {

    private static final Logger LOG = Logger.getLogger(SharedMaps.class.getName());
    private static final String HAZELCAST = "payara/Hazelcast";

    private final ConcurrentMap<String, ConcurrentMap<String, Long>> local = new ConcurrentHashMap<>();

    /**
     * The shared map of this name whose entries are forgotten after {@code maxIdleSeconds} without a write or read.
     */
    public ConcurrentMap<String, Long> counters(String name, int maxIdleSeconds) {
        HazelcastInstance hazelcast = hazelcast();
        if (hazelcast == null) {
            return local.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
        }
        hazelcast.getConfig().addMapConfig(new MapConfig(name).setMaxIdleSeconds(maxIdleSeconds));
        return hazelcast.getMap(name);
    }

    /** Whether maps are shared with other nodes (this node runs Hazelcast). */
    public boolean clustered() {
        return hazelcast() != null;
    }

    private static HazelcastInstance hazelcast() {
        try {
            Object found = new InitialContext().lookup(HAZELCAST);
            if (found instanceof HazelcastInstance instance
                    && instance.getLifecycleService().isRunning()) {
                return instance;
            }
        } catch (NamingException | RuntimeException | LinkageError notClustered) {
            LOG.fine(() -> "No Hazelcast on this node: maps stay local (" + notClustered + ")");
        }
        return null;
    }
}

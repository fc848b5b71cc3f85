package org.attune.platform.persistence;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Names each column the way the migrations do, {@code organisation_id} for the attribute {@code organisationId}, so
 * that an entity names a column only where it differs from its attribute ({@code @Column(name = "conditions_text")
 * private String conditions}). JPA's own default is the attribute's name as it stands; EclipseLink has no naming
 * strategy to change that, so this renames, before the session logs in, every direct column whose name is still the
 * default. A column named in {@code @Column} keeps its name; relationships name their join columns themselves.
 * {@code PlatformIT} checks every mapped column against the migrated schema.
 */
final class SnakeCaseColumns {

    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])([A-Z])");

    private SnakeCaseColumns() {}

    static void apply(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.isDirectToFieldMapping()
                        && mapping.getField().getName().equalsIgnoreCase(mapping.getAttributeName())) {
                    mapping.getField().setName(columnFor(mapping.getAttributeName()));
                }
            }
        }
    }

    /** {@code organisationId} becomes {@code organisation_id}; {@code reminded90At} becomes {@code reminded90_at}. */
    static String columnFor(String attribute) {
        return WORD_START.matcher(attribute).replaceAll("_$1").toLowerCase(Locale.ROOT);
    }
}

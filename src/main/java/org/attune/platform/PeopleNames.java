package org.attune.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * People's display names by id, for a feature that records people by id but may not use the feature that owns
 * people ({@code audit} may use only {@code platform}; see {@code ArchitectureTest.MAY_USE}). The account feature
 * implements it; a page of the audit log asks for the names of the people on it, and a search by name for their ids.
 */
public interface PeopleNames {

    /** The display names of these people (erased people by their pseudonym); unknown ids are left out. */
    Map<Long, String> namesOf(Collection<Long> ids);

    /** The ids of people whose name contains this text, ignoring case, at most {@code max}. */
    List<Long> idsNamed(String text, int max);
}

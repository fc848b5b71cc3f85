package org.attune.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a person may do in Attune. One person can hold several roles. */
public enum Role {
    TRAINEE("trainee"),
    TRAINER("trainer"),
    /** A trainer who manages cohorts and can reopen decisions; always also a trainer. */
    LEAD_TRAINER("lead-trainer"),
    MANAGER("manager"),
    ADMINISTRATOR("admin");

    /** The security group and role name used in {@code web.xml} and {@code @RolesAllowed}. */
    private final String group;

    Role(String group) {
        this.group = group;
    }

    public String group() {
        return group;
    }

    /** The security groups a set of roles grants: a lead trainer is also a trainer. */
    public static Set<String> groupsOf(Set<Role> roles) {
        Set<Role> effective = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (effective.contains(LEAD_TRAINER)) {
            effective.add(TRAINER);
        }
        return effective.stream().map(Role::group).collect(Collectors.toUnmodifiableSet());
    }
}

package org.attune.workforce;

import java.io.Serializable;
import java.time.Instant;
import org.attune.platform.Text;

/** A facilitator on the roster, as checked now; {@code alert} names what needs the manager's attention. */
public record RosterRow(
        long entryId,
        String number,
        String holder,
        String status,
        Instant expires,
        String trainingOrganisation,
        String accreditation,
        Text alert)
        implements Serializable {}

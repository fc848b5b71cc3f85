package org.attune.delivery;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a facilitator enters to start a programme. The commissioning organisation is either one of Attune's
 * organisations ({@code commissionerId}) or a name typed in ({@code commissionerName}).
 */
public record ProgrammeForm(
        DeliverySetting setting,
        LocalDate startsOn,
        Integer sessions,
        Long commissionerId,
        String commissionerName,
        Integer expectedFamilies)
        implements Serializable {}

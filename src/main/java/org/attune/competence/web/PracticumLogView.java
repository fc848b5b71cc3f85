package org.attune.competence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.competence.FamilyCodes;
import org.attune.competence.Practicum;
import org.attune.competence.PracticumEntry;
import org.attune.competence.PracticumService;
import org.attune.competence.PracticumSession;
import org.attune.competence.Setting;
import org.attune.competence.TraineeAccess;
import org.attune.platform.Failure;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/**
 * Backs {@code trainee/practice.xhtml}: the trainee logs (and, until observed, corrects) the sessions they deliver,
 * and sees their progress towards the practicum target.
 */
@Named
@ViewScoped
public class PracticumLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where every action that changes the log leads: the page again, by a redirect. */
    private static final String PAGE = "/trainee/practice?faces-redirect=true";

    /** A logged session as the list shows it. */
    public record SessionRow(
            long id,
            LocalDate date,
            Setting setting,
            int programme,
            int sessionNumber,
            int families,
            List<String> familyCodes,
            String reflection,
            String parentFeedback,
            boolean observed)
            implements Serializable {

        static SessionRow of(PracticumSession s, boolean observed) {
            return new SessionRow(
                    s.getId(),
                    s.getDate(),
                    s.getSetting(),
                    s.getProgramme(),
                    s.getSessionNumber(),
                    s.getFamilies(),
                    s.getFamilyCodes(),
                    s.getReflection(),
                    s.getParentFeedback(),
                    observed);
        }

        /** The trainee may correct it: not yet observed, or observed but still to be given its family codes. */
        public boolean isCorrectable() {
            return !observed || isUncoded();
        }

        /** Logged before family codes existed: only a count. */
        public boolean isUncoded() {
            return familyCodes.isEmpty();
        }

        public String getFamilyCodesText() {
            return FamilyCodes.format(familyCodes);
        }
    }

    @Inject
    private PracticumService practicum;

    @Inject
    private TraineeAccess access;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private Long editing;

    @Getter
    private LocalDate date;

    @Getter
    private Setting setting;

    @Getter
    private Integer programme;

    @Getter
    private Integer sessionNumber;

    @Getter
    private String familyCodes;

    @Getter
    private String reflection;

    @Getter
    private String parentFeedback;

    @Getter
    private Practicum progress;

    @Getter
    private final List<SessionRow> sessions = new ArrayList<>();

    public void load() {
        reload();
    }

    private void reload() {
        long me = currentUser.id();
        Set<Long> observed = practicum.observedSessionIds(me);
        sessions.clear();
        for (PracticumSession s : practicum.sessionsOf(me)) {
            sessions.add(SessionRow.of(s, observed.contains(s.getId())));
        }
        progress = access.syllabusOf(currentUser.person())
                .map(v -> practicum.practicum(me, v))
                .orElse(null);
        if (programme == null && editing == null) {
            // the programme of the session logged last, and the next session number in it
            programme = sessions.stream()
                    .max(Comparator.comparing(SessionRow::date).thenComparingLong(SessionRow::id))
                    .map(SessionRow::programme)
                    .orElse(1);
        }
        if (sessionNumber == null && editing == null) {
            int current = programme;
            sessionNumber = Math.min(
                    20,
                    sessions.stream()
                                    .filter(r -> r.programme() == current)
                                    .mapToInt(SessionRow::sessionNumber)
                                    .max()
                                    .orElse(0)
                            + 1);
        }
    }

    /**
     * Logs or corrects the session in the form, then redirects to the page (post-redirect-get), so that reloading the
     * page afterwards cannot post the form again.
     */
    public String save() {
        PracticumEntry entry = new PracticumEntry(
                date,
                setting,
                programme == null ? 0 : programme,
                sessionNumber == null ? 0 : sessionNumber,
                FamilyCodes.parse(familyCodes),
                reflection,
                parentFeedback);
        try {
            if (editing == null) {
                practicum.log(currentUser.person(), entry);
                Messages.addFlashGlobalInfo(Texts.get("practicum.saved", entry.sessionNumber()));
            } else {
                practicum.correct(currentUser.person(), editing, entry);
                Messages.addFlashGlobalInfo(Texts.get("practicum.corrected", entry.sessionNumber()));
            }
            return PAGE;
        } catch (Failure.Invalid e) {
            FailureMessages.showWithSummary("log", e, Map.of());
            return null;
        }
    }

    /** Deletes a session that no trainer has observed, then redirects to the page. */
    public String delete(long sessionId) {
        try {
            PracticumEntry gone = practicum.delete(currentUser.person(), sessionId);
            Messages.addFlashGlobalInfo(Texts.get("practicum.deleted", gone.sessionNumber(), gone.programme()));
        } catch (Failure.Invalid e) {
            FailureMessages.showAfterRedirect(e);
        }
        return PAGE;
    }

    /** Puts a session back in the form to correct it. */
    public void edit(long sessionId) {
        sessions.stream()
                .filter(s -> s.id() == sessionId && s.isCorrectable())
                .findFirst()
                .ifPresent(s -> {
                    editing = s.id();
                    date = s.date();
                    setting = s.setting();
                    programme = s.programme();
                    sessionNumber = s.sessionNumber();
                    familyCodes = s.getFamilyCodesText();
                    reflection = s.reflection();
                    parentFeedback = s.parentFeedback();
                });
    }

    public String cancelEdit() {
        return PAGE;
    }

    public Setting[] getSettings() {
        return Setting.values();
    }

    public LocalDate getToday() {
        return LocalDate.now();
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public void setSetting(Setting setting) {
        this.setting = setting;
    }

    public void setSessionNumber(Integer sessionNumber) {
        this.sessionNumber = sessionNumber;
    }

    public void setProgramme(Integer programme) {
        this.programme = programme;
    }

    public void setFamilyCodes(String familyCodes) {
        this.familyCodes = familyCodes;
    }

    public void setReflection(String reflection) {
        this.reflection = reflection;
    }

    public void setParentFeedback(String parentFeedback) {
        this.parentFeedback = parentFeedback;
    }
}

package org.attune.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.catalog.CourseModule;
import org.attune.catalog.ModuleSection;
import org.attune.learning.Enrolment;
import org.attune.learning.LearningService;
import org.attune.learning.Progress;
import org.attune.platform.Failure;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Backs {@code trainee/module.xhtml?key=}: one module of the trainee's syllabus version; sections marked as read. */
@Named
@ViewScoped
public class ModuleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningService learning;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private String key;

    private Long enrolmentId;
    private Long personId;

    @Getter
    private CourseModule module;

    @Getter
    private CourseModule nextModule;

    private final Set<Long> read = new HashSet<>();

    public void load() throws IOException {
        Enrolment enrolment = learning.currentEnrolment(currentUser.person()).orElse(null);
        module = enrolment == null || key == null
                ? null
                : enrolment.getSyllabus().module(key).orElse(null);
        if (module == null) {
            Faces.responseSendError(404, "No such module");
            return;
        }
        module.getSections().size(); // loaded now: the view may be restored on another node
        enrolmentId = enrolment.getId();
        personId = currentUser.id();
        read.addAll(learning.readSections(enrolmentId));
        var modules = enrolment.getSyllabus().allModules();
        int index = modules.indexOf(module);
        nextModule = index >= 0
                        && index + 1 < modules.size()
                        && !modules.get(index + 1).isRefresher()
                ? modules.get(index + 1)
                : null;
        if (!key.equals(enrolment.getLastModuleKey())) {
            learning.visited(enrolmentId, personId, key);
        }
    }

    public void markRead(long sectionId) {
        try {
            learning.markRead(enrolmentId, personId, sectionId);
            read.add(sectionId);
        } catch (Failure | SecurityException e) {
            Messages.addGlobalError(Texts.get("module.markRead.refused"));
        }
    }

    public boolean isRead(ModuleSection section) {
        return read.contains(section.getId());
    }

    public Progress getProgress() {
        return LearningService.progress(module, read);
    }

    public void setKey(String key) {
        this.key = key;
    }
}

package org.attune.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lombok.Getter;
import org.attune.organisation.DirectoryService;
import org.attune.platform.faces.NotFound;

/**
 * Backs the public {@code organisations.xhtml} (the directory of accredited training organisations) and
 * {@code organisation-profile.xhtml?id=} (one organisation's page, at {@code /organisations/{id}}).
 */
@Named
@RequestScoped
public class DirectoryView {

    @Inject
    private DirectoryService directory;

    @Getter
    private Long id;

    @Getter
    private DirectoryService.Profile profile;

    public void loadProfile() throws IOException {
        profile = id == null ? null : directory.profile(id).orElse(null);
        if (profile == null) {
            NotFound.send();
        }
    }

    public List<DirectoryService.Entry> getAccredited() {
        return directory.accredited();
    }

    public void setId(Long id) {
        this.id = id;
    }
}

package org.attune.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.audit.AuditActor;
import org.attune.catalog.CatalogService;
import org.attune.catalog.ContentImport;
import org.attune.catalog.ContentImportService;
import org.attune.catalog.ContentStartup;
import org.attune.catalog.SyllabusVersion;
import org.attune.platform.faces.Texts;
import org.omnifaces.util.Messages;

/** Backs {@code admin/content.xhtml}: the live syllabus versions, past imports with their problems, re-import. */
@Named
@RequestScoped
public class ContentAdminView {

    static final int HISTORY = 20;

    @Inject
    private ContentImportService imports;

    @Inject
    private CatalogService catalog;

    @Inject
    private ContentStartup content;

    @Inject
    private CurrentUser currentUser;

    @Getter
    private List<SyllabusVersion> live;

    @Getter
    private List<ContentImport> history;

    @PostConstruct
    void load() {
        live = catalog.liveVersions();
        history = imports.history(HISTORY);
    }

    public void reimport() {
        ContentImportService.Result result =
                imports.importFrom(content.contentRoot(), AuditActor.person(currentUser.id()));
        switch (result.outcome()) {
            case IMPORTED ->
                Messages.addGlobalInfo(Texts.get("content.imported", String.join(", ", result.versions())));
            case UNCHANGED -> Messages.addGlobalInfo(Texts.get("content.unchanged"));
            case REJECTED ->
                Messages.addGlobalError(
                        Texts.get("content.rejected", result.problems().size()));
        }
        load();
    }

    public String getContentPath() {
        return content.contentRoot().toString();
    }
}

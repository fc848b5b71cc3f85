package org.attune.workforce.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.attune.account.CurrentUser;
import org.attune.platform.faces.FailureMessages;
import org.attune.platform.faces.Texts;
import org.attune.workforce.BulkVerification;
import org.attune.workforce.VerificationRow;
import org.attune.workforce.WorkforceService;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Backs {@code manager/bulk.xhtml}: upload a CSV of certificate numbers (optionally with names), see one result per
 * row and download them as a CSV report.
 */
@Named
@ViewScoped
public class BulkVerifyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1_000_000;

    @Inject
    private BulkVerification bulk;

    @Inject
    private WorkforceService workforce;

    @Inject
    private CurrentUser currentUser;

    private transient Part file;

    @Getter
    private final List<VerificationRow> rows = new ArrayList<>();

    public void load() {
        workforce.employerOf(currentUser.person());
    }

    public void check() {
        rows.clear();
        if (file == null || file.getSize() == 0) {
            Messages.addError("bulk:file", Texts.get("bulk.chooseFile"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.addError("bulk:file", Texts.get("bulk.fileTooLarge", BulkVerification.MAX_ROWS));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            rows.addAll(bulk.verify(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            long problems = rows.stream().filter(r -> r.error() != null).count();
            Messages.addGlobalInfo(Texts.get("bulk.checked", rows.size(), problems));
        } catch (BulkVerification.UnreadableCsvException e) {
            FailureMessages.show("bulk", e);
        } catch (IOException e) {
            Messages.addError("bulk:file", Texts.get("bulk.unreadable"));
        } finally {
            file = null;
        }
    }

    public void downloadReport() throws IOException {
        Faces.sendFile(BulkVerification.report(rows).getBytes(StandardCharsets.UTF_8), "verification-report.csv", true);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

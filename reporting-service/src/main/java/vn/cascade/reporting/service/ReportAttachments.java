package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.attachment.Attachment;
import vn.cascade.common.attachment.AttachmentKind;
import vn.cascade.common.attachment.AttachmentUpload;
import vn.cascade.common.attachment.Attachments;
import vn.cascade.reporting.domain.Report;

/**
 * The signed original and annexes of a report: read by whoever sees the report (a draft only by its organisation),
 * added and removed by a reporter of the reporting organisation, as the report itself is written
 * (docs/security.md, "Attachments").
 */
@ApplicationScoped
@Transactional
public class ReportAttachments {

    private final ReportService reports;
    private final ReportingAccess access;
    private final Attachments attachments;

    ReportAttachments(ReportService reports, ReportingAccess access, Attachments attachments) {
        this.reports = reports;
        this.access = access;
        this.attachments = attachments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(UUID reportId) {
        return attachments.list(reports.get(reportId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachments.Download download(UUID reportId, UUID attachmentId) {
        return attachments.download(reports.get(reportId).id, attachmentId);
    }

    public Attachment upload(UUID reportId, AttachmentKind kind, String fileName, AttachmentUpload upload) {
        return attachments.upload(writable(reportId).id, kind, fileName, upload);
    }

    public void delete(UUID reportId, UUID attachmentId) {
        attachments.delete(writable(reportId).id, attachmentId);
    }

    private Report writable(UUID id) {
        Report report = reports.get(id);
        access.requireReporterOf(report.organizationCode);
        return report;
    }
}

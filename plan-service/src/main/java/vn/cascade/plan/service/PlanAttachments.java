package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.attachment.Attachment;
import vn.cascade.common.attachment.AttachmentKind;
import vn.cascade.common.attachment.AttachmentUpload;
import vn.cascade.common.attachment.Attachments;
import vn.cascade.plan.domain.Plan;

/**
 * The signed original and annexes of a plan: read by whoever reads the plan (a draft only inside the issuer's
 * chain), added and removed by its issuer (docs/security.md, "Attachments").
 */
@ApplicationScoped
@Transactional
public class PlanAttachments {

    private final PlanAccess access;
    private final Attachments attachments;

    PlanAttachments(PlanAccess access, Attachments attachments) {
        this.access = access;
        this.attachments = attachments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(UUID planId) {
        return attachments.list(access.readable(planId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachments.Download download(UUID planId, UUID attachmentId) {
        return attachments.download(access.readable(planId).id, attachmentId);
    }

    public Attachment upload(UUID planId, AttachmentKind kind, String fileName, AttachmentUpload upload) {
        return attachments.upload(writable(planId).id, kind, fileName, upload);
    }

    public void delete(UUID planId, UUID attachmentId) {
        attachments.delete(writable(planId).id, attachmentId);
    }

    private Plan writable(UUID id) {
        Plan plan = access.readable(id);
        access.requireActingFor(plan.issuerCode());
        return plan;
    }
}

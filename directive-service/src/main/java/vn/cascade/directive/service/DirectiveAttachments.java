package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.attachment.Attachment;
import vn.cascade.common.attachment.AttachmentKind;
import vn.cascade.common.attachment.AttachmentUpload;
import vn.cascade.common.attachment.Attachments;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.repository.DirectiveRepository;

/**
 * The signed original and annexes of a directive: read by whoever reads the directive, added and removed by its
 * issuer (docs/security.md, "Attachments").
 */
@ApplicationScoped
@Transactional
public class DirectiveAttachments {

    private final DirectiveRepository directives;
    private final DirectiveAccess access;
    private final Attachments attachments;

    DirectiveAttachments(DirectiveRepository directives, DirectiveAccess access, Attachments attachments) {
        this.directives = directives;
        this.access = access;
        this.attachments = attachments;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(UUID directiveId) {
        return attachments.list(readable(directiveId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Attachments.Download download(UUID directiveId, UUID attachmentId) {
        return attachments.download(readable(directiveId).id, attachmentId);
    }

    public Attachment upload(UUID directiveId, AttachmentKind kind, String fileName, AttachmentUpload upload) {
        return attachments.upload(writable(directiveId).id, kind, fileName, upload);
    }

    public void delete(UUID directiveId, UUID attachmentId) {
        attachments.delete(writable(directiveId).id, attachmentId);
    }

    private Directive readable(UUID id) {
        return access.readable(directives.findByIdOptional(id), id);
    }

    private Directive writable(UUID id) {
        Directive directive = readable(id);
        access.requireActingFor(directive.issuerCode());
        return directive;
    }
}

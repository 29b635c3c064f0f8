package vn.cascade.common.attachment;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.Caller;

/**
 * Attachments of a document, the same in every service. Each service decides first who may read or write the
 * document (its own access rules), then calls these with the document's id: the checks of the upload (a plain
 * name, not empty, a PDF, .docx, PNG or JPEG by its content, one signed original) and the digest checked on every
 * download.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class);

    /** An attachment's description and its verified content. */
    public record Download(Attachment attachment, byte[] content) {
    }

    private final AttachmentRecords records;
    private final AttachmentStore store;
    private final Caller caller;
    private final Clock clock;
    private final MeterRegistry meters;

    Attachments(AttachmentRecords records, AttachmentStore store, Caller caller, Clock clock, MeterRegistry meters) {
        this.records = records;
        this.store = store;
        this.caller = caller;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(UUID documentId) {
        return records.ofDocument(documentId);
    }

    /**
     * Records the file. A second signed original is a conflict: delete the first to replace it, so that the
     * replacement is a write of its own in the audit trail.
     */
    public Attachment upload(UUID documentId, AttachmentKind kind, String fileName, AttachmentUpload upload) {
        String name = AttachmentFileName.validated(fileName);
        if (upload == null || upload.content() == null || upload.content().length == 0) {
            throw DomainException.invalid("body", "the file is empty", "attachment.empty");
        }
        // Size and digest from the bytes themselves, whoever built the upload.
        AttachmentUpload received = AttachmentUpload.of(upload.content());
        String mediaType = AttachmentContent.mediaTypeOf(received.content());
        AttachmentKind what = kind == null ? AttachmentKind.ANNEX : kind;
        if (what == AttachmentKind.SIGNED_ORIGINAL && records.hasSignedOriginal(documentId)) {
            throw DomainException.conflict("The document has its signed original already; delete it to replace it")
                    .localized("attachment.signed-original-exists");
        }
        Attachment attachment = new Attachment(UUID.randomUUID(), documentId, what, name, mediaType, received.size(),
                received.sha256(), caller.name(), OffsetDateTime.now(clock));
        records.insert(attachment, store.name());
        store.put(attachment.id(), received.content());
        return attachment;
    }

    /**
     * The content, if it still has the digest recorded at upload.
     *
     * @throws CorruptedAttachmentException when it does not: the caller gets a problem, never altered bytes
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(UUID documentId, UUID attachmentId) {
        Attachment attachment = found(documentId, attachmentId);
        byte[] content = store.get(attachmentId).orElseThrow(() -> corrupted(attachment, "its content is missing"));
        byte[] recorded = HexFormat.of().parseHex(attachment.sha256());
        byte[] actual = HexFormat.of().parseHex(AttachmentUpload.sha256(content));
        if (content.length != attachment.size() || !MessageDigest.isEqual(recorded, actual)) {
            throw corrupted(attachment, "its content no longer has the SHA-256 recorded at upload");
        }
        return new Download(attachment, content);
    }

    public void delete(UUID documentId, UUID attachmentId) {
        Attachment attachment = found(documentId, attachmentId);
        store.delete(attachment.id());
        records.delete(attachment.id());
    }

    private Attachment found(UUID documentId, UUID attachmentId) {
        return records.find(documentId, attachmentId)
                .orElseThrow(() -> DomainException.notFound("No attachment " + attachmentId + " of this document")
                        .localized("attachment.not-found", attachmentId));
    }

    private CorruptedAttachmentException corrupted(Attachment attachment, String why) {
        meters.counter("cascade.attachments.corrupted").increment();
        LOG.errorf("Attachment %s of document %s refused: %s", attachment.id(), attachment.documentId(), why);
        return new CorruptedAttachmentException(attachment.id());
    }
}

package vn.cascade.common.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.testing.SampleFiles;

/** What an attachment is comes from its bytes; the names it may take come from its rules. No Quarkus needed. */
class AttachmentContentTest {

    @Test
    void shouldNameEachAcceptedKindFromItsBytes() {
        assertEquals(AttachmentContent.PDF, AttachmentContent.mediaTypeOf(SampleFiles.pdf("Kế hoạch")));
        assertEquals(AttachmentContent.PNG, AttachmentContent.mediaTypeOf(SampleFiles.png()));
        assertEquals(AttachmentContent.JPEG, AttachmentContent.mediaTypeOf(SampleFiles.jpeg()));
        assertEquals(AttachmentContent.DOCX, AttachmentContent.mediaTypeOf(SampleFiles.docx("Phụ lục")));
        assertEquals(AttachmentContent.DOCX, AttachmentContent.mediaTypeOf(SampleFiles.docxMainPartFirst("Phụ lục")));
    }

    @Test
    void shouldRefuseWhatIsNoneOfThem() {
        for (byte[] content : new byte[][] {SampleFiles.executable(), SampleFiles.otherZip(),
                "Chỉ là văn bản thuần".getBytes(StandardCharsets.UTF_8), new byte[] {'P', 'K', 3, 4, 0, 0}}) {
            DomainException refused = assertThrows(DomainException.class, () -> AttachmentContent.mediaTypeOf(content));
            assertEquals(DomainException.Kind.UNSUPPORTED_CONTENT, refused.kind());
        }
    }

    @Test
    void shouldTakePlainNamesOnlyInNfc() {
        String decomposed = "Ke\u0302\u0301 hoa\u0323ch.pdf";
        assertEquals("Kế hoạch.pdf", AttachmentFileName.validated("  " + decomposed + " "));
        for (String name : new String[] {"../../etc/passwd", "thu-muc/ke-hoach.pdf", "C:\\van-ban\\kh.pdf", "C:kh.pdf",
                "..", ".", " ", "a".repeat(256)}) {
            DomainException refused = assertThrows(DomainException.class, () -> AttachmentFileName.validated(name),
                    name);
            assertEquals(DomainException.Kind.INVALID, refused.kind());
        }
        assertThrows(DomainException.class, () -> AttachmentFileName.validated(null));
    }

    @Test
    void shouldWriteTheExactNameAndAnAsciiFallbackForTheDownload() {
        assertEquals("attachment; filename=\"68-KH-HU k_.pdf\"; filename*=UTF-8''68-KH-HU%20k%C3%BD.pdf",
                AttachmentResponses.contentDisposition("68-KH-HU ký.pdf"));
    }
}

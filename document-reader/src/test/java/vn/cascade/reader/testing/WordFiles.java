package vn.cascade.reader.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word files for tests: built with Apache POI from lines of text, and a zip bomb made from one. */
public final class WordFiles {

    private WordFiles() {
    }

    /** A .docx with one paragraph per line. */
    public static byte[] docx(List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        return docx(List.of(paragraphs));
    }

    /** The same package with {@code padding} characters of XML comment in its main part: tiny compressed, huge inflated. */
    public static byte[] inflating(byte[] docx, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>");
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int written = 0; written < padding; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("-->".getBytes(StandardCharsets.UTF_8));
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

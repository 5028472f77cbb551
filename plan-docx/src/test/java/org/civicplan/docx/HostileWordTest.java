package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.document.PlanDocuments;
import org.junit.jupiter.api.Test;

/** Hostile Word files, made in the test: a zip bomb, a billion-laughs part, an external entity, junk. */
class HostileWordTest {
  static final DocxReader READER = new DocxReader();

  static byte[] minimalDocx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The same package with word/document.xml replaced. */
  static byte[] withDocumentXml(byte[] docx, byte[] documentXml) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals("word/document.xml") ? documentXml : in.readAllBytes());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static PlanFormatException refused(byte[] bytes) {
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(READER).build();
    try {
      documents.read(new ByteArrayInputStream(bytes), READER, "hostile.docx");
    } catch (PlanFormatException e) {
      return e;
    } catch (IOException e) {
      throw new AssertionError("expected a PlanFormatException, got " + e, e);
    }
    throw new AssertionError("a hostile file was read");
  }

  @Test
  void aZipBombIsRefusedByPoisInflateRatioGuard() throws IOException {
    // 64 MiB of one repeated byte inside a valid-looking document part: it deflates about 1000:1
    String head = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    byte[] bomb = new byte[64 << 20];
    java.util.Arrays.fill(bomb, (byte) 'a');
    System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, bomb, 0, head.length());
    byte[] docx = withDocumentXml(minimalDocx("一、正文"), bomb);
    assertThat(docx.length).isLessThan(1 << 20);
    PlanFormatException e = refused(docx);
    assertThat(e.getMessage()).contains("hostile.docx").containsIgnoringCase("zip bomb");
  }

  @Test
  void aBillionLaughsPartIsRefusedBeforeAnyEntityIsExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY l0 \"哈哈\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&l10;</w:t></w:r></w:p></w:body></w:document>");
    PlanFormatException e = refused(withDocumentXml(minimalDocx("x"), dtd.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).contains("word/document.xml").contains("DOCTYPE");
  }

  @Test
  void anExternalEntityIsNeverFetched() throws IOException {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
    PlanFormatException e = refused(withDocumentXml(minimalDocx("x"), xxe.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.getMessage()).doesNotContain("root:").contains("DOCTYPE");
  }

  @Test
  void junkAndTruncatedFilesAreFormatErrorsNamingTheFile() throws IOException {
    assertThat(refused("not a zip at all".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("hostile.docx").contains(".docx");
    byte[] docx = minimalDocx("一、正文内容");
    byte[] cut = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThat(refused(cut).getMessage()).contains("hostile.docx");
  }

  @Test
  void aDocFileThatIsNotOle2IsAFormatError() {
    DocReader doc = new DocReader();
    PlanDocuments documents = PlanDocuments.builder().serviceLoader(false).addReader(doc).build();
    assertThatThrownBy(() -> documents.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), doc, "x.doc"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("x.doc")
        .hasMessageContaining(".doc");
  }
}

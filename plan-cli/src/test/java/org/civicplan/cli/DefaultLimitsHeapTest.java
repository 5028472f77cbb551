package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.civicplan.io.document.PlanDocuments;
import java.io.OutputStreamWriter;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.civicplan.docx.DocxReader;
import org.civicplan.html.HtmlReader;
import org.civicplan.io.json.PlanJson;
import org.civicplan.pdf.PdfReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No OutOfMemoryError for a file within the default limit at the documented heap ({@link
 * PlanDocuments#DEFAULT_LIMITS_HEAP_BYTES}), scaled down by four to run in seconds: each of the four
 * shapes that needed the most heap per input byte (issue #15) fills a quarter of {@link
 * PlanDocuments#DEFAULT_MAX_TEXT_BYTES}, and {@code civicplan validate} (read, validate, report)
 * runs on it in a child JVM with a quarter of the heap. The scaled run is the stricter one: the
 * JVM's own fixed needs take a larger share of the smaller heap. The full-size run (each shape at
 * the limit, in the documented heap) is part of plan-bench's ReliabilityReport.
 *
 * <p>A Word file is checked at full size: its limits are on the unzipped package ({@link
 * DocxReader#MAX_ENTRY_BYTES}, {@link DocxReader#MAX_PACKAGE_BYTES}), which POI holds in memory
 * and whose main part becomes a DOM, and they are constants. So are the limits of a web page
 * ({@link HtmlReader#MAX_NODES}) and of a PDF ({@link PdfReader#MAX_LINES}, {@link
 * PdfReader#MAX_STREAM_BYTES}): the worst shape of each at its limit is read in the documented
 * heap, and the worst at the 64 MiB input limit, which ran that heap out of memory before the
 * limits, is refused with the limit's message.
 */
class DefaultLimitsHeapTest {
  static final int SCALE = 4;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[", "**x**", "**一是", "推进建设，\n\n"})
  void theWorstShapesAtTheLimitFitTheDocumentedHeap(String unit) throws Exception {
    Path input = dir.resolve("shape.md");
    long bytes = PlanDocuments.DEFAULT_MAX_TEXT_BYTES / SCALE;
    String head = "# 测试街道 2024 年工作计划\n\n## 一、经济发展\n\n**一是推进。**";
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write(head);
      long written = head.getBytes(StandardCharsets.UTF_8).length + 1;
      for (; written + unitBytes <= bytes; written += unitBytes) {
        w.write(unit);
      }
      w.write("\n");
    }
    assertThat(Files.size(input)).isLessThanOrEqualTo(bytes).isGreaterThan(bytes - 64);
    assertValidateEndsWithoutRunningOut(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES / SCALE);
  }

  /**
   * The largest Word package the limits let through, its main part at the part limit of short
   * paragraphs (the DOM's worst case per byte) and a second part filling the package limit, read,
   * validated and reported in the documented heap. Before the package limit, a 34 MB .docx of 30
   * such parts ran that heap out of memory.
   */
  @Test
  void aWordPackageAtItsLimitsFitsTheDocumentedHeap() throws Exception {
    Path input = dir.resolve("limits.docx");
    long part = DocxReader.MAX_ENTRY_BYTES - (1 << 20);
    Random random = new Random(3);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(input))) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      for (String name : new String[] {"word/document.xml", "word/media/filler.xml"}) {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        long written = 200;
        while (written < part) {
          String p = "<w:p w:rsidR=\"" + Integer.toHexString(random.nextInt()) + "\"><w:r><w:t>推进建设。</w:t></w:r></w:p>";
          w.write(p);
          written += p.length() + 10; // the five characters are three bytes each in UTF-8
        }
        w.write("</w:body></w:document>");
        w.flush();
        zip.closeEntry();
      }
    }
    assertThat(Files.size(input)).isLessThan(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    assertValidateEndsWithoutRunningOut(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
  }

  /**
   * A web page at {@link HtmlReader#MAX_NODES}, its worst shape per node ({@code 推<br>}: an
   * element and a text node each: 1.6 KB of heap per markup node measured for issue 15, against 0.4
   * to 1.2 KB for nested {@code <b>}, {@code <p>推</p>}, table cells and nested {@code <div>}), read,
   * validated and reported in the documented heap.
   */
  @Test
  void aWebPageAtTheNodeLimitFitsTheDocumentedHeap() throws Exception {
    Path input = dir.resolve("nodes.html");
    String head = HTML_HEAD;
    int nodes = countNodes(head + HTML_TAIL);
    Files.writeString(input, head + "推<br>".repeat(HtmlReader.MAX_NODES - nodes) + HTML_TAIL, StandardCharsets.UTF_8);
    assertValidateEndsWithoutRunningOut(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
  }

  /**
   * The worst web page at the input limit, 64 MiB of {@code 推<br>} (13 million elements), is
   * refused before jsoup parses it; before {@link HtmlReader#MAX_NODES} it ran the documented heap
   * out of memory.
   */
  @Test
  void aWebPageOfTinyElementsAtTheInputLimitIsRefusedNotOutOfMemory() throws Exception {
    Path input = dir.resolve("limit.html");
    String unit = "推<br>";
    long units = (PlanDocuments.DEFAULT_MAX_INPUT_BYTES - 4096) / unit.getBytes(StandardCharsets.UTF_8).length;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write(HTML_HEAD);
      for (long i = 0; i < units; i++) {
        w.write(unit);
      }
      w.write(HTML_TAIL);
    }
    assertThat(Files.size(input)).isLessThanOrEqualTo(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    assertRefusedWithoutRunningOut(input, "网页元素过多");
  }

  /**
   * A PDF at {@link PdfReader#MAX_LINES}, each line one Chinese character (the worst shape per
   * character: a line's positions cost more than its text; about 540 bytes of heap per line
   * measured), read, validated and reported in the documented heap.
   */
  @Test
  void aPdfAtTheLineLimitFitsTheDocumentedHeap() throws Exception {
    Path input = dir.resolve("lines.pdf");
    writeLinesPdf(input, PdfReader.MAX_LINES - 3);
    assertValidateEndsWithoutRunningOut(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
  }

  /**
   * Three times {@link PdfReader#MAX_LINES} one-character lines (2 MB of Flate) are refused; six
   * million ran the documented heap out of memory before the limit.
   */
  @Test
  void aPdfOfMoreLinesThanTheLimitIsRefusedNotOutOfMemory() throws Exception {
    Path input = dir.resolve("over.pdf");
    writeLinesPdf(input, 3L * PdfReader.MAX_LINES);
    assertRefusedWithoutRunningOut(input, "PDF 文字行过多");
  }

  /**
   * A 4 MB PDF whose font program inflates to 4 GiB (a Flate bomb) is refused by {@link
   * PdfReader#MAX_STREAM_BYTES}; PDFBox decodes a font wholly in memory, and before the limit it
   * ran the documented heap out of memory.
   */
  @Test
  void aPdfFontThatInflatesToGigabytesIsRefusedNotOutOfMemory() throws Exception {
    Path input = dir.resolve("bomb.pdf");
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = chineseFont(doc);
      COSStream program = doc.getDocument().createCOSStream();
      try (OutputStream o = new DeflaterOutputStream(program.createRawOutputStream(), new Deflater(9))) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < 4096; i++) {
          o.write(zeros);
        }
      }
      program.setItem(COSName.FILTER, COSName.FLATE_DECODE);
      ((COSDictionary) ((COSArray) font.getDictionaryObject(COSName.DESCENDANT_FONTS)).getObject(0))
          .getCOSDictionary(COSName.FONT_DESC).setItem(COSName.FONT_FILE2, program);
      page(doc, font, "BT /F1 16 Tf 72 800 Td <" + hex("测试街道年工作计划") + "> Tj ET");
      doc.save(input.toFile());
    }
    assertThat(Files.size(input)).isLessThan(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    assertRefusedWithoutRunningOut(input, "解压后过大");
  }

  private static final String HTML_HEAD = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>测试街道2024年工作计划</title>"
      + "</head><body><div class=\"article-content\"><h1>测试街道2024年工作计划</h1><h2>一、经济发展</h2>"
      + "<p>推进建设，完成任务。</p><p>";
  private static final String HTML_TAIL = "</p></div></body></html>";

  private static int countNodes(String html) {
    int nodes = 0;
    for (int i = 0; i + 1 < html.length(); i++) {
      char c = html.charAt(i + 1);
      if (html.charAt(i) == '<' && (Character.isLetter(c) && c < 128 || c == '!' || c == '?')) {
        nodes++;
      }
    }
    return nodes;
  }

  /** The characters of the test PDFs, drawn by their position + 1 as CIDs of a non-embedded font. */
  private static final String CHARS = "测试街道年工作计划一、经济发展推进建设完成任务。，";

  private static String hex(String text) {
    StringBuilder h = new StringBuilder();
    for (char c : text.toCharArray()) {
      h.append(String.format("%04X", CHARS.indexOf(c) + 1));
    }
    return h.toString();
  }

  /**
   * A plan of {@code lines} text lines: a title, a heading, a sentence, then lines of one
   * character each, 2,500 a page in type 0.2 pt high.
   */
  private static void writeLinesPdf(Path file, long lines) throws java.io.IOException {
    try (PDDocument doc = new PDDocument()) {
      COSDictionary font = chineseFont(doc);
      String body = "推进建设完成任务";
      long left = lines - 3;
      StringBuilder first = new StringBuilder("BT /F1 16 Tf 72 820 Td <" + hex("测试街道年工作计划") + "> Tj ET\n"
          + "BT /F1 10 Tf 72 800 Td <" + hex("一、经济发展") + "> Tj ET\nBT /F1 10 Tf 72 785 Td <"
          + hex("推进建设，完成任务。") + "> Tj ET\n");
      int n = 0;
      while (left > 0) {
        StringBuilder content = n == 0 ? first : new StringBuilder();
        content.append("BT /F1 0.2 Tf 0.25 TL 10 ").append(n == 0 ? 770 : 800).append(" Td\n");
        for (int i = 0; i < 2500 && left > 0; i++, left--) {
          content.append('<').append(hex(body.substring(i % 8, i % 8 + 1))).append("> Tj T*\n");
        }
        content.append("ET");
        page(doc, font, content.toString());
        n++;
      }
      doc.save(file.toFile());
    }
  }

  private static void page(PDDocument doc, COSDictionary font, String content) throws java.io.IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    doc.addPage(page);
    COSDictionary fonts = new COSDictionary();
    fonts.setItem(COSName.getPDFName("F1"), font);
    PDResources resources = new PDResources();
    resources.getCOSObject().setItem(COSName.FONT, fonts);
    page.setResources(resources);
    COSStream s = doc.getDocument().createCOSStream();
    try (OutputStream o = new DeflaterOutputStream(s.createRawOutputStream())) {
      o.write(content.getBytes(StandardCharsets.US_ASCII));
    }
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    page.setContents(new PDStream(s));
  }

  /** A Type 0 font without a program (a reader draws it with a substitute) that maps its CIDs to {@link #CHARS}. */
  private static COSDictionary chineseFont(PDDocument doc) throws java.io.IOException {
    StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap"
        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def"
        + " /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange\n" + CHARS.length() + " beginbfchar\n");
    for (int i = 0; i < CHARS.length(); i++) {
      map.append(String.format("<%04X> <%04X>%n", i + 1, (int) CHARS.charAt(i)));
    }
    map.append("endbfchar endcmap CMapName currentdict /CMap defineresource pop end end");
    COSStream toUnicode = doc.getDocument().createCOSStream();
    try (OutputStream o = toUnicode.createRawOutputStream()) {
      o.write(map.toString().getBytes(StandardCharsets.US_ASCII));
    }
    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, "SimSun");
    descriptor.setInt(COSName.FLAGS, 4);
    COSArray box = new COSArray();
    for (int v : new int[] {0, -120, 1000, 880}) {
      box.add(COSInteger.get(v));
    }
    descriptor.setItem(COSName.FONT_BBOX, box);
    descriptor.setInt(COSName.ASCENT, 880);
    descriptor.setInt(COSName.DESCENT, -120);
    descriptor.setInt(COSName.CAP_HEIGHT, 700);
    descriptor.setInt(COSName.STEM_V, 80);
    descriptor.setInt(COSName.ITALIC_ANGLE, 0);
    COSDictionary info = new COSDictionary();
    info.setString(COSName.REGISTRY, "Adobe");
    info.setString(COSName.ORDERING, "Identity");
    info.setInt(COSName.SUPPLEMENT, 0);
    COSDictionary cid = new COSDictionary();
    cid.setItem(COSName.TYPE, COSName.FONT);
    cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cid.setName(COSName.BASE_FONT, "SimSun");
    cid.setItem(COSName.CIDSYSTEMINFO, info);
    cid.setItem(COSName.FONT_DESC, descriptor);
    cid.setInt(COSName.DW, 1000);
    cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE0);
    font.setName(COSName.BASE_FONT, "SimSun");
    font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    COSArray descendants = new COSArray();
    descendants.add(cid);
    font.setItem(COSName.DESCENDANT_FONTS, descendants);
    font.setItem(COSName.TO_UNICODE, toUnicode);
    return font;
  }

  private static void assertRefusedWithoutRunningOut(Path input, String refusal) throws Exception {
    Process p = child(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(err).doesNotContain("out of memory").contains(refusal);
    assertThat(p.exitValue()).as(err).isEqualTo(CivicPlanCommand.EXIT_USAGE);
  }

  private static Process child(Path input, long heapBytes) throws java.io.IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + (heapBytes >> 20) + "m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            CivicPlanCommand.class.getName(), "validate", input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * JSON at its token limit in the costliest shape measured per token: unknown properties kept in
   * an initiative's extensions ({@code "p1":0,"p2":0,…}, about 210 bytes of heap per token; more
   * than one-character initiatives at the element limit, 709 MiB, or the two together, 803 MiB),
   * filling {@link PlanJson#DEFAULT_MAX_TOKEN_COUNT}, read, validated and reported in the
   * documented heap. Measured: 1,072 MiB is the least heap that reads and validates it.
   */
  @Test
  void aJsonPlanAtItsTokenLimitFitsTheDocumentedHeap() throws Exception {
    Path input = dir.resolve("limits.json");
    long properties = (PlanJson.DEFAULT_MAX_TOKEN_COUNT - 40) / 2;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      w.write("{\"formatVersion\":\"1.1\",\"title\":\"测试街道工作计划\",\"sections\":[{\"title\":\"经济\","
          + "\"goals\":[{\"name\":\"招商\",\"initiatives\":[{\"text\":\"推\"");
      for (long k = 0; k < properties; k++) {
        w.write(",\"p" + Long.toHexString(k) + "\":0");
      }
      w.write("}]}]}]}");
    }
    // Within the limit, by an independent count of its tokens.
    long tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(input.toFile())) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    assertThat(tokens).isLessThanOrEqualTo(PlanJson.DEFAULT_MAX_TOKEN_COUNT).isGreaterThan(PlanJson.DEFAULT_MAX_TOKEN_COUNT - 64);
    assertValidateEndsWithoutRunningOut(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
  }

  /**
   * 32 MiB of one-character initiatives, well within the document length limit, is refused at
   * the element limit with its place, in the documented heap. Before the count limits it ran
   * that heap out of memory (it needs about 3.6 GiB to read and validate).
   */
  @Test
  void aJsonPlanOfTinyInitiativesBeyondTheElementLimitIsRefusedNotOutOfMemory() throws Exception {
    Path input = dir.resolve("tiny.json");
    long bytes = 32L << 20;
    try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      String head = "{\"formatVersion\":\"1.1\",\"title\":\"测试街道工作计划\",\"sections\":[{\"title\":\"经济\","
          + "\"goals\":[{\"name\":\"招商\",\"initiatives\":[{\"text\":\"推\"}";
      w.write(head);
      for (long written = head.length() + 20; written < bytes; written += 16) {
        w.write(",{\"text\":\"推\"}");
      }
      w.write("]}]}]}");
    }
    assertThat(Files.size(input)).isLessThan(PlanJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    Process p = child(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(err).doesNotContain("out of memory")
        .contains("tiny.json:1:")
        .contains("/sections/0/goals/0/initiatives/" + (PlanJson.DEFAULT_MAX_ELEMENT_COUNT - 3))
        .contains("more than " + PlanJson.DEFAULT_MAX_ELEMENT_COUNT + " elements")
        .contains("PlanJson.Builder.maxElementCount");
    assertThat(p.exitValue()).as(err).isEqualTo(CivicPlanCommand.EXIT_USAGE);
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws java.io.IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void assertValidateEndsWithoutRunningOut(Path input, long heapBytes) throws Exception {
    Process p = child(input, heapBytes);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(err).doesNotContain("out of memory");
    assertThat(p.exitValue()).as(err).isIn(CivicPlanCommand.EXIT_OK, CivicPlanCommand.EXIT_FINDINGS);
  }
}

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
import org.civicplan.docx.DocxReader;
import org.civicplan.io.json.PlanJson;
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
 * and whose main part becomes a DOM, and they are constants.
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
    Process p = validate(input, PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES);
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

  /** {@code civicplan validate} on the file in a child JVM with that heap. */
  private static Process validate(Path input, long heapBytes) throws java.io.IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + (heapBytes >> 20) + "m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
            CivicPlanCommand.class.getName(), "validate", input.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static void assertValidateEndsWithoutRunningOut(Path input, long heapBytes) throws Exception {
    Process p = validate(input, heapBytes);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(err).doesNotContain("out of memory");
    assertThat(p.exitValue()).as(err).isIn(CivicPlanCommand.EXIT_OK, CivicPlanCommand.EXIT_FINDINGS);
  }
}

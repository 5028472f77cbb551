package org.civicplan.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.civicplan.io.document.ImportResult;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;

/**
 * Importing a work plan published as a web page: {@code PlanDocuments.read} of the page
 * (plan-html: decoding, parsing with positions, finding the article, the whole import) against
 * the floor, jsoup's own {@code parse(…).text()} of the same bytes. The page puts the synthetic
 * plan's Markdown, as {@code h1}–{@code h4}, {@code p} and {@code strong}, in a {@code
 * .TRS_Editor} container between a navigation bar and a footer.
 *
 * <p>{@code reader} times the format's {@code DocumentReader} alone (issue 12's target, ≤ 1.5× the
 * floor); {@code planDocuments} the whole import, reader and the shared pipeline that {@link
 * ImportBenchmark} measures on Markdown (shown for information).
 *
 * <pre>{@code
 * java -jar plan-bench/target/benchmarks.jar HtmlImportBenchmark -p size=1000
 * }</pre>
 */
public class HtmlImportBenchmark extends ImportBenchmarkBase {
  private static final DocumentReader READER = readerFor("x.html");

  private byte[] page;

  /** Makes the page of the plan. */
  @Setup(Level.Trial)
  public void setUp() {
    page = page(Fixture.of(size).markdown);
  }

  /** @return a government-style page of the Markdown's headings, paragraphs and bold runs */
  static byte[] page(String markdown) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>计划</title></head><body>"
        + "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk\">政务公开</a></li></ul>"
        + "<div class=\"crumb\">当前位置：首页 &gt; 正文</div><div class=\"TRS_Editor\">\n");
    for (String line : markdown.split("\\n")) {
      if (line.isBlank() || line.startsWith("|")) {
        continue;
      }
      int level = 0;
      while (level < line.length() && line.charAt(level) == '#') {
        level++;
      }
      String text = line.substring(level).strip().replace("&", "&amp;").replace("<", "&lt;")
          .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
      String tag = level > 0 ? "h" + Math.min(6, level) : "p";
      sb.append('<').append(tag).append('>').append(text).append("</").append(tag).append(">\n");
    }
    sb.append("</div><div class=\"footer\">主办：区人民政府</div></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @return the imported plan
   * @throws IOException never for the generated page
   */
  @Benchmark
  public ImportResult planDocuments() throws IOException {
    return DOCUMENTS.read(new ByteArrayInputStream(page), READER, "synthetic.html");
  }

  /**
   * The reader alone, what issue 12's target is about: plan-html's reader (decoding, parsing with
   * positions, finding the article, its blocks), as {@code PlanDocuments.read} calls it, without
   * the shared pipeline that {@link ImportBenchmark} measures.
   *
   * @return the blocks of the page
   * @throws IOException never for the generated document
   */
  @Benchmark
  public DocumentText reader() throws IOException {
    return read(READER, page, "synthetic.html");
  }

  /**
   * @return the floor: jsoup's text of the same page
   * @throws IOException never
   */
  @Benchmark
  public String jsoupText() throws IOException {
    return Jsoup.parse(new ByteArrayInputStream(page), null, "").text();
  }
}

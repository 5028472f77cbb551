package org.civicplan.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.spi.DocumentReader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.ReadContext;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads the article of a web page ({@code .html}, {@code .htm}) for {@link
 * org.civicplan.io.document.PlanDocuments}, with jsoup: the plan as a government or news site
 * publishes it, without the site around it. Found through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * ImportResult result = PlanDocuments.create().read(Path.of("2024年工作计划.html"));
 * result.plan().extensions().get(PlanDocuments.METADATA_EXTENSION + "published");  // "2024-02-20"
 * }</pre>
 *
 * <p>The article is found by {@link ArticleFinder}: the usual content containers of Chinese
 * government site systems and news sites first (TRS {@code .TRS_Editor}, {@code #zoom}, {@code
 * #UCAP-CONTENT}, 博达 {@code #vsb_content}, {@code .article-content}, {@code article}, …), else
 * the block with the most text outside links; breadcrumbs, menus, share bars, footers, scripts
 * and forms inside it are dropped. Headings {@code h1}–{@code h6}, paragraphs, {@code <strong>}
 * / {@code <b>} lead-ins, {@code <br>} lines and tables are read; the page's {@code <title>},
 * publication date ({@code <meta name="PubDate">}, {@code article:published_time}, or a {@code
 * 发布日期：} line) and source ({@code ContentSource}) are metadata. If the article has no
 * heading of its own, the page's {@code ArticleTitle} meta, else its first {@code h1}, else its
 * {@code <title>} up to the site name is the plan's title.
 *
 * <p>Encoding: the one the caller gives, else a byte-order mark, else the page's declaration
 * ({@code <meta charset>} or {@code http-equiv}), else UTF-8; a declared GB2312 or GBK is read as
 * GB18030, the superset those pages really use. Bytes that are not valid in that encoding are a
 * {@link PlanFormatException}, never mojibake.
 *
 * <p>Locations ({@link LocationKind#LINE}): the line and column of each character in the HTML
 * source, character references included ({@code &amp;} is at the {@code &}).
 *
 * <p>Limits: the input is bounded by {@link ReadContext#maxInputBytes()} (jsoup parses from
 * memory), the markup nodes by {@value #MAX_NODES} (counted before jsoup parses: more is a {@link
 * PlanFormatException} that says so), the element depth by jsoup's own limit. HTML has no
 * external entities. Thread-safe.
 */
public final class HtmlReader implements DocumentReader {
  private static final Pattern CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The most markup nodes (elements, comments, doctypes and processing instructions: each {@code <}
   * followed by a letter, {@code !} or {@code ?}) a page may hold (one million); a page with more
   * is refused before jsoup builds its tree. jsoup holds every node with its source positions, some
   * 500 bytes for an element and the text beside it, so 64 MiB of {@code <br>} (16 million
   * elements) would need about 8 GiB; a million nodes is what the documented heap ({@code
   * PlanDocuments.DEFAULT_LIMITS_HEAP_BYTES}) was measured to hold, and ten times what a long plan
   * page has.
   */
  public static final int MAX_NODES = 1_000_000;

  /** Creates the reader; {@link java.util.ServiceLoader} does this. */
  public HtmlReader() {}

  @Override
  public String formatName() {
    return "HTML";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml", "shtml");
  }

  @Override
  public List<String> mediaTypes() {
    return List.of("text/html");
  }

  @Override
  public DocumentText read(InputStream in, ReadContext context) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, context.maxInputBytes() + 1));
    if (bytes.length > context.maxInputBytes()) {
      throw new PlanFormatException("网页过大 (page too large): more than " + context.maxInputBytes() + " bytes",
          context.sourceName(), 0, 0, null, null);
    }
    String html = decode(bytes, context);
    bytes = null;
    int nodes = markupNodes(html);
    if (nodes > MAX_NODES) {
      throw new PlanFormatException(
          "网页元素过多：超过 " + MAX_NODES + " 个标记 (the page has more than " + MAX_NODES
              + " elements and other markup nodes, " + nodes + "; jsoup holds each in memory)",
          context.sourceName(), 0, 0, null, null);
    }
    Document page = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    return new ArticleFinder(page, html).read();
  }

  /**
   * @return the markup nodes a parser makes of the page, counted without parsing it: each {@code
   *     <} followed by an ASCII letter (a start tag), {@code !} (a comment or doctype) or {@code ?}
   *     (a processing instruction, a bogus comment to HTML); at least as many as jsoup makes,
   *     since a {@code <} inside a script or a comment counts too
   */
  static int markupNodes(String html) {
    int nodes = 0;
    int n = html.length() - 1;
    for (int i = html.indexOf('<'); i >= 0 && i < n; i = html.indexOf('<', i + 1)) {
      char c = html.charAt(i + 1);
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '!' || c == '?') {
        nodes++;
      }
    }
    return nodes;
  }

  static String decode(byte[] bytes, ReadContext context) throws PlanFormatException {
    Charset cs = context.encoding().orElse(null);
    int skip = 0;
    if (cs == null) {
      if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
        cs = StandardCharsets.UTF_8;
        skip = 3;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
        cs = StandardCharsets.UTF_16LE;
        skip = 2;
      } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
        cs = StandardCharsets.UTF_16BE;
        skip = 2;
      } else {
        cs = declared(bytes);
      }
    }
    // The JDK's own decoding is several times faster than a CharsetDecoder and replaces every
    // malformed or unmappable sequence by U+FFFD: a result without one is what the strict decoder
    // gives; only a page that holds U+FFFD is decoded again strictly, to tell bad bytes from a
    // replacement character that the page itself contains.
    if ("\uFFFD".equals(cs.newDecoder().replacement())) {
      String fast = new String(bytes, skip, bytes.length - skip, cs);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
    }
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PlanFormatException(
          "网页不是 " + cs.name() + " 编码 (the page is not valid " + cs.name()
              + "; give the encoding with --encoding if the page declares a wrong one)",
          context.sourceName(), 0, 0, null, e);
    }
  }

  /** The page's declared encoding, from the first 4 KiB read as ASCII; GB2312/GBK as GB18030. */
  static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gb2312") || name.equals("gbk") || name.equals("gb18030") || name.equals("x-gbk")) {
      return Charset.forName("GB18030");
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }

  @Override
  public String toString() {
    return "HtmlReader";
  }

  static DocumentText.Builder builder() {
    return DocumentText.builder(LocationKind.LINE);
  }
}

package org.civicplan.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.TextBlock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds a page's article and turns it into blocks, located in the HTML source. One per read;
 * not thread-safe.
 *
 * <p>Block rules: {@code h1}–{@code h6} are headings; {@code p}, {@code li}, {@code dd}, {@code
 * blockquote}, {@code pre} and loose text in a {@code div} are paragraphs; a {@code <br>} ends a
 * paragraph (pages put one line per paragraph with {@code <br>} as often as with {@code <p>};
 * a line broken in mid-sentence is joined again, and reported, like a broken paragraph anywhere)
 * except inside a heading or a table cell, where it is a line break; {@code strong}, {@code b}
 * and {@code font-weight: bold} are bold; whitespace collapses as a browser shows it, and a
 * source line break between two Chinese characters disappears.
 */
final class ArticleFinder {
  /** Content containers of Chinese government site systems (TRS, 博达, 大汉) and news sites. */
  static final List<String> CONTAINERS = List.of(
      ".TRS_Editor", ".TRS_UEDITOR", "#UCAP-CONTENT", "#zoom", "#Zoom", ".pages_content", "#vsb_content",
      ".v_news_content", ".wp_articlecontent", ".Custom_UnionStyle", ".article-content", ".article_content",
      ".articleContent", "#articleContent", ".news_content", ".newsContent", ".news-content", "#content",
      ".content", ".zw", "#zw", "[itemprop=articleBody]", "article", "main");

  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?i).*(breadcrumb|crumb|bread|share|bdshare|jiathis|\\bnav|menu|footer|\\bfoot|print|close|fontsize|"
          + "toolbar|related|relate|sidebar|position|location|pager|pagination|comment|copyright).*");
  private static final Pattern CHROME_TEXT =
      Pattern.compile("^\\s*(当前位置|您的位置|您现在的位置|分享到|字号|【打印|【关闭|【字体|打印本页|关闭窗口|发布日期|发布时间|来源[：:]|浏览次数|阅读次数).*",
          Pattern.DOTALL);
  private static final Pattern PUBLISHED_TEXT =
      Pattern.compile("发布(?:日期|时间)[：:]\\s*(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}日?)");
  private static final Pattern SOURCE_TEXT = Pattern.compile("来源[：:]\\s*([^\\s　]+)");

  private final Document page;
  private final String html;
  private final int[] lineStarts;
  private final int lines;
  private final DocumentText.Builder out = DocumentText.builder(LocationKind.LINE);

  // the block being filled, and the whitespace waiting before its next character
  private TextBlock.Builder current;
  private boolean inHeadingOrCell;
  private int pendingSpace = -1; // source offset of a collapsed space, or -1
  private boolean pendingBreak;
  private int blocks;

  ArticleFinder(Document page, String html) {
    this.page = page;
    this.html = html;
    int[] starts = new int[64];
    int n = 1;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= html.length() || html.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = starts;
    this.lines = n;
  }

  DocumentText read() {
    metadata();
    page.select("script, style, noscript, template").remove();
    Element article = find();
    clean(article);
    walk(article);
    finish();
    if (found.isEmpty() || found.get(0).kind() != TextBlock.Kind.HEADING) {
      TextBlock title = title(article);
      if (title != null) {
        found.add(0, title);
      }
    }
    found.forEach(out::add);
    return out.build();
  }

  private final List<TextBlock> found = new ArrayList<>();

  /** The plan's title when the article has no heading: the page's first h1, else its title. */
  private TextBlock title(Element article) {
    for (Element h1 : page.select("h1")) {
      if (!h1.text().isBlank() && !isChrome(h1)) {
        current = null;
        start(TextBlock.heading(1), true);
        inline(h1, false);
        TextBlock b = current.build();
        current = null;
        return b;
      }
    }
    Element title = page.selectFirst("title");
    if (title == null || title.text().isBlank()) {
      return null;
    }
    String text = title.text();
    int cut = text.length();
    for (String sep : new String[] {"_", "｜", "|", " - ", "—"}) {
      int at = text.indexOf(sep);
      if (at > 0) {
        cut = Math.min(cut, at);
      }
    }
    TextBlock.Builder b = TextBlock.heading(1);
    int pos = title.sourceRange().end().pos() >= 0 && !title.textNodes().isEmpty()
        ? title.textNodes().get(0).sourceRange().start().pos() : 0;
    append(b, text.substring(0, cut).strip(), false, Math.max(0, pos));
    return b.build();
  }

  // ---- metadata -------------------------------------------------------------------------------

  private void metadata() {
    out.metadata(DocumentText.TITLE, page.title());
    String published = meta("PubDate", "pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date");
    if (published == null) {
      Matcher m = PUBLISHED_TEXT.matcher(page.body() == null ? "" : page.body().text());
      if (m.find()) {
        published = m.group(1).replaceAll("\\s", "");
      }
    }
    out.metadata(DocumentText.PUBLISHED, published);
    String source = meta("ContentSource", "source", "author");
    if (source == null) {
      Matcher m = SOURCE_TEXT.matcher(page.body() == null ? "" : page.body().text());
      if (m.find()) {
        source = m.group(1);
      }
    }
    out.metadata(DocumentText.ISSUER, source);
  }

  private String meta(String... names) {
    for (String name : names) {
      for (Element m : page.select("meta")) {
        String n = m.hasAttr("name") ? m.attr("name") : m.attr("property");
        if (n.equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
          return m.attr("content").strip();
        }
      }
    }
    return null;
  }

  // ---- finding the article --------------------------------------------------------------------

  private Element find() {
    Element body = page.body();
    for (String selector : CONTAINERS) {
      Element best = null;
      int bestLength = 0;
      for (Element e : page.select(selector)) {
        int length = e.text().length();
        if (length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
      if (best != null && bestLength >= 40) {
        return best;
      }
    }
    // the densest block: most text outside links, then its child that holds nearly all of it
    Map<Element, Integer> text = new IdentityHashMap<>();
    score(body, text);
    Element e = body;
    while (true) {
      int total = text.getOrDefault(e, 0);
      Element next = null;
      for (Element c : e.children()) {
        if (text.getOrDefault(c, 0) >= total * 0.8 && total > 0) {
          next = c;
        }
      }
      if (next == null) {
        return e;
      }
      e = next;
    }
  }

  /** Records, for every element, the length of its text outside links and chrome; returns it. */
  private int score(Element e, Map<Element, Integer> text) {
    if (e.normalName().equals("a") || isChrome(e)) {
      text.put(e, 0);
      return 0;
    }
    int sum = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        sum += t.text().strip().length();
      } else if (n instanceof Element c) {
        sum += score(c, text);
      }
    }
    text.put(e, sum);
    return sum;
  }

  private static boolean isChrome(Element e) {
    if (is(e, CHROME_TAGS)) {
      return true;
    }
    String names = e.className() + " " + e.id();
    return !names.isBlank() && CHROME_NAME.matcher(names).matches();
  }

  private void clean(Element article) {
    List<Element> drop = new ArrayList<>();
    for (Element e : article.getAllElements()) {
      if (e == article) {
        continue;
      }
      if (isChrome(e)) {
        drop.add(e);
      } else if (java.util.Set.of("div", "p", "span", "td", "li").contains(e.normalName()) && e.text().length() < 120 && CHROME_TEXT.matcher(e.text()).matches()) {
        drop.add(e);
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  // ---- blocks ---------------------------------------------------------------------------------

  private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final java.util.Set<String> PARAGRAPHS =
      java.util.Set.of("p", "li", "dd", "dt", "blockquote", "pre", "caption", "figcaption");
  private static final java.util.Set<String> INLINE = java.util.Set.of(
      "span", "a", "strong", "b", "em", "i", "u", "font", "sub", "sup", "small", "big", "abbr", "cite", "code", "q",
      "s", "strike", "mark", "label", "time", "ins", "var", "o:p", "nobr", "wbr");
  private static final java.util.Set<String> CHROME_TAGS = java.util.Set.of(
      "script", "style", "noscript", "template", "iframe", "form", "nav", "header", "footer", "aside", "button",
      "select", "input", "textarea", "object", "embed", "svg", "canvas", "video", "audio");

  private static boolean is(Element e, java.util.Set<String> names) {
    return names.contains(e.normalName());
  }

  private void walk(Element parent) {
    for (Node n : parent.childNodes()) {
      if (n instanceof TextNode t) {
        if (current == null && t.isBlank()) {
          continue;
        }
        start(TextBlock.paragraph(), false);
        text(t, false);
      } else if (n instanceof Element e) {
        if (is(e, HEADINGS)) {
          finish();
          start(TextBlock.heading(e.tagName().charAt(1) - '0'), true);
          inline(e, false);
          finish();
        } else if (e.normalName().equals("table")) {
          finish();
          table(e);
        } else if (is(e, PARAGRAPHS)) {
          finish();
          start(TextBlock.paragraph(), false);
          inline(e, false);
          finish();
        } else if (e.normalName().equals("br")) {
          finish();
        } else if (is(e, INLINE)) {
          start(TextBlock.paragraph(), false);
          inline(e, false);
        } else {
          finish();
          walk(e);
          finish();
        }
      }
    }
  }

  private void start(TextBlock.Builder b, boolean headingOrCell) {
    if (current == null) {
      current = b;
      inHeadingOrCell = headingOrCell;
      pendingSpace = -1;
      pendingBreak = false;
    }
  }

  private void finish() {
    if (current != null) {
      if (current.length() > 0) {
        found.add(current.build());
        blocks++;
      }
      current = null;
    }
  }

  private void inline(Element e, boolean bold) {
    boolean b = bold || (e.normalName().equals("strong") || e.normalName().equals("b")) || boldStyle(e);
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        start(TextBlock.paragraph(), false);
        text(t, b);
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          if (inHeadingOrCell) {
            if (current != null && current.length() > 0) {
              current.lineBreak();
            }
            pendingSpace = -1;
          } else {
            finish();
          }
        } else if (c.normalName().equals("table") && !inHeadingOrCell) {
          finish();
          table(c);
        } else if (is(c, INLINE) || inHeadingOrCell) {
          inline(c, b);
        } else {
          // a block inside a paragraph (a div in a p, as editors leave them): a new paragraph
          if (!inHeadingOrCell) {
            finish();
            start(TextBlock.paragraph(), false);
          } else if (current != null && current.length() > 0) {
            current.lineBreak();
          }
          inline(c, b);
          if (!inHeadingOrCell) {
            finish();
          }
        }
      }
    }
  }

  private static boolean boldStyle(Element e) {
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("font-weight:bold") || style.contains("font-weight:700") || style.contains("font-weight:bolder");
  }

  private void table(Element table) {
    List<List<TextBlock>> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") != table) {
        continue; // a nested table's rows belong to the cell that holds it
      }
      List<TextBlock> cells = new ArrayList<>();
      for (Element cell : tr.children()) {
        if (!(cell.normalName().equals("td") || cell.normalName().equals("th"))) {
          continue;
        }
        TextBlock.Builder saved = current;
        boolean savedMode = inHeadingOrCell;
        current = null;
        start(TextBlock.paragraph(), true);
        TextBlock.Builder b = current;
        cellContent(cell);
        cells.add(b.build());
        current = saved;
        inHeadingOrCell = savedMode;
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    if (!rows.isEmpty()) {
      found.add(TextBlock.table(rows));
      blocks++;
    }
  }

  private void cellContent(Element cell) {
    inline(cell, false);
  }

  // ---- text with source locations ------------------------------------------------------------

  private int cachedPos = -1;
  private int cachedLine;
  private int cachedColumn;

  private void text(TextNode t, boolean bold) {
    int start = t.sourceRange().start().pos();
    int end = t.sourceRange().end().pos();
    if (start < 0 || end > html.length() || end < start) {
      return;
    }
    TextBlock.Builder b = current;
    for (int i = start; i < end; ) {
      char c = html.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        if (c == '\n' || c == '\r') {
          pendingBreak = true;
        } else if (pendingSpace < 0) {
          pendingSpace = i;
        }
        i++;
        continue;
      }
      String decoded;
      int next;
      if (c == '&') {
        int semi = html.indexOf(';', i);
        if (semi > i && semi - i <= 32 && semi < end) {
          decoded = Parser.unescapeEntities(html.substring(i, semi + 1), false);
          next = semi + 1;
        } else {
          decoded = "&";
          next = i + 1;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < end) {
        decoded = html.substring(i, i + 2);
        next = i + 2;
      } else {
        decoded = String.valueOf(c);
        next = i + 1;
      }
      if (b.length() > 0) {
        if (pendingBreak) {
          b.lineBreak();
        } else if (pendingSpace >= 0) {
          append(b, " ", false, pendingSpace);
        }
      }
      pendingBreak = false;
      pendingSpace = -1;
      if (decoded.equals(" ")) {
        pendingSpace = i; // &#32;
      } else {
        append(b, decoded, bold, i);
      }
      i = next;
    }
  }

  private void append(TextBlock.Builder b, String s, boolean bold, int pos) {
    int line;
    int column;
    if (cachedPos >= 0 && pos >= cachedPos && (cachedLine == lines || pos < lineStarts[cachedLine])) {
      line = cachedLine;
      column = cachedColumn + Character.codePointCount(html, cachedPos, pos);
    } else {
      int k = Arrays.binarySearch(lineStarts, 0, lines, pos);
      line = k >= 0 ? k + 1 : -k - 1;
      column = 1 + Character.codePointCount(html, lineStarts[line - 1], pos);
    }
    cachedPos = pos;
    cachedLine = line;
    cachedColumn = column;
    b.append(s, bold, line, column);
  }
}

package org.civicplan.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.io.chinese.RedHeader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.LocationKind;
import org.civicplan.io.spi.TextBlock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeTraversor;

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
  /** {@link #CONTAINERS} parsed once (jsoup's evaluators of a class, id, attribute or tag hold no state). */
  private static final List<Evaluator> CONTAINER_EVALUATORS =
      CONTAINERS.stream().map(QueryParser::parse).toList();
  /**
   * Whether each of {@link #CONTAINERS} names a class, an id or an attribute, which an element
   * without attributes (most of a page: its paragraphs and spans) cannot match.
   */
  private static final boolean[] NEEDS_ATTRIBUTES = needsAttributes();

  private static boolean[] needsAttributes() {
    boolean[] needs = new boolean[CONTAINERS.size()];
    for (int i = 0; i < needs.length; i++) {
      char first = CONTAINERS.get(i).charAt(0);
      needs[i] = first == '.' || first == '#' || first == '[';
    }
    return needs;
  }

  private static final Pattern CHROME_NAME = Pattern.compile(
      "(?i).*(breadcrumb|crumb|bread|share|bdshare|jiathis|\\bnav|menu|footer|\\bfoot|print|close|fontsize|"
          + "toolbar|related|relate|sidebar|position|location|pager|pagination|comment|copyright).*");
  /** How the text of a breadcrumb, a tool bar or a publication line starts (regular expressions). */
  private static final List<String> CHROME_STARTS = List.of("当前位置", "您的位置", "您现在的位置", "分享到", "字号", "【打印",
      "【关闭", "【字体", "打印本页", "关闭窗口", "发布日期", "发布时间", "来源[：:]", "浏览次数", "阅读次数");
  private static final Pattern CHROME_TEXT =
      Pattern.compile("^\\s*(" + String.join("|", CHROME_STARTS) + ").*", Pattern.DOTALL);
  /** The first characters of {@link #CHROME_STARTS}: a text that starts otherwise is no chrome. */
  private static final String CHROME_FIRST_CHARS = firstChars(CHROME_STARTS);
  /** Elements whose own text may be a breadcrumb or tool line (checked by {@link #CHROME_TEXT}). */
  private static final java.util.Set<String> CHROME_TEXT_TAGS = java.util.Set.of("div", "p", "span", "td", "li");
  /** A chrome text is shorter than this. */
  private static final int CHROME_TEXT_MAX = 120;
  /** A content container holds at least this much text. */
  private static final int CONTAINER_MIN = 40;
  private static final Pattern PUBLISHED_TEXT =
      Pattern.compile("发布(?:日期|时间)[：:]\\s*(\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}日?)");
  private static final Pattern SOURCE_TEXT = Pattern.compile("来源[：:]\\s*([^\\s　]+)");

  private final Document page;
  private final String html;
  private final int[] lineStarts;
  private final int lines;
  private final boolean surrogates; // whether the source holds any: else a column is an offset difference
  private final Window window;
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
    boolean pairs = false;
    char[] chunk = new char[8192];
    for (int from = 0; from < html.length(); from += chunk.length) {
      int to = Math.min(html.length(), from + chunk.length);
      html.getChars(from, to, chunk, 0);
      for (int k = 0, len = to - from; k < len; k++) {
        char c = chunk[k];
        if (c > '\r' && c < Character.MIN_SURROGATE) {
          continue;
        }
        pairs |= Character.isSurrogate(c);
        int i = from + k;
        if (c == '\n' || (c == '\r' && (i + 1 >= html.length() || html.charAt(i + 1) != '\n'))) {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
    }
    this.lineStarts = starts;
    this.lines = n;
    this.surrogates = pairs;
    this.window = new Window(html);
  }

  DocumentText read() {
    metadata();
    removeAll(page.select("script, style, noscript, template"));
    Element article = find();
    clean(article);
    walk(article);
    finish();
    int header = redHeader();
    if (found.size() <= header || found.get(header).kind() != TextBlock.Kind.HEADING) {
      TextBlock title = title(article);
      if (title != null) {
        found.add(header, title);
      }
    }
    found.forEach(out::add);
    return out.build();
  }

  private final List<TextBlock> found = new ArrayList<>();

  /** Blocks a red header (红头) can take at the top of the article: its lines of 文件, 文号, 签发人. */
  private static final int RED_HEADER_MAX = 8;
  private static final Pattern HEADER_GAP = Pattern.compile("[\\s\u00A0\u3000]{2,}|\t");

  /**
   * The number of blocks at the top of the article that are a red issuing header (红头), each a
   * line of organs with 文件, a lone 文件, a 文号 or 签发人 line, or organ names, in pieces apart by
   * wide gaps ({@link RedHeader}): the page's title goes under them, where the shared red-header
   * pass of plan-io still finds them at the top of the document. 0 unless a number line closes
   * the header.
   */
  private int redHeader() {
    for (int n = 0; n < Math.min(RED_HEADER_MAX, found.size()); n++) {
      TextBlock b = found.get(n);
      if (b.kind() != TextBlock.Kind.PARAGRAPH || b.text().isBlank() || b.text().length() > 200) {
        return 0;
      }
      boolean number = false;
      for (String piece : HEADER_GAP.split(b.text().strip())) {
        if (piece.isEmpty()) {
          continue;
        }
        if (RedHeader.numberLine(piece).isPresent()) {
          number = true;
        } else if (RedHeader.issuers(piece).isEmpty() && !RedHeader.isWenjian(piece) && !RedHeader.isOrgan(piece)) {
          return 0;
        }
      }
      if (number) {
        return n + 1; // the number line closes the header
      }
    }
    return 0;
  }


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

  /**
   * The title, and the publication date and source from the {@code <meta>} elements, else from
   * a 发布日期 / 来源 line of the body's text. The body's text (as long as the page) is made once
   * and only if the page can hold such a line: a text node with 发布 or 来源, or ending in 发 or 来
   * (the rest in the next node); characters that the text leaves out (U+200B, soft hyphens) are
   * skipped between the two.
   */
  private void metadata() {
    out.metadata(DocumentText.TITLE, page.title());
    List<Element> metas = page.select("meta");
    String published = meta(metas, "PubDate", "pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date");
    String bodyText = null;
    if (published == null && bodyMayHold('发', '布')) {
      bodyText = page.body().text();
      Matcher m = PUBLISHED_TEXT.matcher(bodyText);
      if (m.find()) {
        published = m.group(1).replaceAll("\\s", "");
      }
    }
    out.metadata(DocumentText.PUBLISHED, published);
    String source = meta(metas, "ContentSource", "source", "author");
    if (source == null && bodyMayHold('来', '源')) {
      Matcher m = SOURCE_TEXT.matcher(bodyText != null ? bodyText : page.body().text());
      if (m.find()) {
        source = m.group(1);
      }
    }
    out.metadata(DocumentText.ISSUER, source);
  }

  /** Whether the body's text can hold {@code first} followed by {@code second}. */
  private boolean bodyMayHold(char first, char second) {
    Element body = page.body();
    if (body == null || !sourceMayHold(first, second)) {
      return false;
    }
    boolean[] found = new boolean[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t && holds(t.getWholeText(), first, second)) {
          found[0] = true;
          return FilterResult.STOP;
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return found[0];
  }

  /**
   * A quick test on the page's source before the walk over its text nodes: the text can hold
   * {@code first} then {@code second} only if the source has {@code first} followed by {@code
   * second}, by a tag, comment or reference ({@code <}, {@code &}) or by a format character, or
   * has a numeric reference ({@code &#}) that may stand for either. A page where neither word
   * occurs is then passed over with {@link String#indexOf}, not a walk.
   */
  private boolean sourceMayHold(char first, char second) {
    if (html.contains("&#")) {
      return true;
    }
    for (int at = html.indexOf(first); at >= 0; at = html.indexOf(first, at + 1)) {
      if (at + 1 == html.length()) {
        return true;
      }
      char next = html.charAt(at + 1);
      if (next == second || next == '<' || next == '&' || Character.getType(next) == Character.FORMAT) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(String s, char first, char second) {
    for (int at = s.indexOf(first); at >= 0; at = s.indexOf(first, at + 1)) {
      int k = at + 1;
      while (k < s.length() && Character.getType(s.charAt(k)) == Character.FORMAT) {
        k++;
      }
      if (k == s.length() || s.charAt(k) == second) {
        return true;
      }
    }
    return false;
  }

  private static String meta(List<Element> metas, String... names) {
    for (String name : names) {
      for (Element m : metas) {
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
    // every container selector's matches, in document order, from one pass over the page
    List<List<Element>> bySelector = new ArrayList<>(CONTAINER_EVALUATORS.size());
    for (int i = 0; i < CONTAINER_EVALUATORS.size(); i++) {
      bySelector.add(new ArrayList<>(2));
    }
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        boolean attributes = e.attributesSize() > 0;
        for (int i = 0; i < CONTAINER_EVALUATORS.size(); i++) {
          if ((attributes || !NEEDS_ATTRIBUTES[i]) && CONTAINER_EVALUATORS.get(i).matches(page, e)) {
            bySelector.get(i).add(e);
          }
        }
      }
    }, page);
    for (List<Element> matches : bySelector) {
      Element best = null;
      int bestLength = 0;
      for (Element e : matches) {
        // one match needs no exact length once it holds enough visible characters; several are compared
        int length = matches.size() == 1 && visibleChars(e, CONTAINER_MIN) >= CONTAINER_MIN
            ? CONTAINER_MIN : e.text().length();
        if (length > bestLength) {
          best = e;
          bestLength = length;
        }
      }
      if (best != null && bestLength >= CONTAINER_MIN) {
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
    String className = e.className();
    String id = e.id();
    if (className.isBlank() && id.isBlank()) {
      return false;
    }
    return CHROME_NAME.matcher(className + " " + id).matches();
  }

  /**
   * Drops the chrome inside the article: chrome elements, and div/p/span/td/li whose text (under
   * {@value #CHROME_TEXT_MAX} characters) starts like a breadcrumb or a tool line. The text of
   * an element is made only when it can be such a line: fewer visible characters than that and
   * the first one a first character of {@link #CHROME_STARTS}, both counted for every element in
   * one pass from the leaves up.
   */
  private void clean(Element article) {
    List<Node> drop = new ArrayList<>();
    visibleFromLeaves(article, article, drop);
    removeAll(drop);
  }

  /**
   * @return the element's visible characters (capped at {@value #CHROME_TEXT_MAX}) shifted left
   *     by 16, or'ed with its first visible character (0 if none)
   */
  private long visibleFromLeaves(Element e, Element article, List<Node> drop) {
    int count = 0;
    char first = 0;
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String s = t.getWholeText();
        for (int i = 0; i < s.length() && count < CHROME_TEXT_MAX; i++) {
          char c = s.charAt(i);
          if (isVisible(c)) {
            if (count == 0) {
              first = c;
            }
            count++;
          }
        }
      } else if (n instanceof Element c) {
        long r = visibleFromLeaves(c, article, drop);
        int childCount = (int) (r >>> 16);
        if (count == 0 && childCount > 0) {
          first = (char) r;
        }
        count = Math.min(CHROME_TEXT_MAX, count + childCount);
      }
    }
    if (e != article) {
      if (isChrome(e)) {
        drop.add(e);
      } else if (CHROME_TEXT_TAGS.contains(e.normalName()) && count < CHROME_TEXT_MAX
          && CHROME_FIRST_CHARS.indexOf(first) >= 0) {
        String text = e.text();
        if (text.length() < CHROME_TEXT_MAX && CHROME_TEXT.matcher(text).matches()) {
          drop.add(e);
        }
      }
    }
    return ((long) count << 16) | first;
  }

  /**
   * Whether a character certainly stands in jsoup's {@code text()}: not white space of any kind
   * (which the text collapses or trims) and not a format character (U+200B and soft hyphens,
   * which it leaves out). So the count of such characters is at most the text's length, and the
   * first of them is the text's first character if the text starts with a letter.
   */
  private static boolean isVisible(char c) {
    if (c > ' ' && c < 0x7F || c > 0x3000 && c < 0xD800) {
      return true; // printable ASCII; CJK punctuation, kana, ideographs, hangul: no space or format character there
    }
    return c > ' ' && c != '\u00A0' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && Character.getType(c) != Character.FORMAT;
  }

  /** The visible characters in an element's text, counting stops at {@code cap}. */
  private static int visibleChars(Element e, int cap) {
    int[] count = new int[1];
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          String s = t.getWholeText();
          for (int i = 0; i < s.length() && count[0] < cap; i++) {
            if (isVisible(s.charAt(i))) {
              count[0]++;
            }
          }
          if (count[0] >= cap) {
            return FilterResult.STOP;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, e);
    return count[0];
  }

  private static String firstChars(List<String> starts) {
    StringBuilder sb = new StringBuilder();
    for (String s : starts) {
      sb.append(s.charAt(0));
    }
    return sb.toString();
  }

  /**
   * Removes nodes from the tree in time linear in the tree: jsoup's {@code remove()} shifts the
   * parent's later children, so a parent losing many of them has its children set again at once.
   */
  static void removeAll(List<? extends Node> nodes) {
    Map<Element, java.util.Set<Node>> byParent = new IdentityHashMap<>();
    for (Node n : nodes) {
      Element parent = n.parentNode() instanceof Element p ? p : null;
      if (parent != null) {
        byParent.computeIfAbsent(parent, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(n);
      }
    }
    for (Map.Entry<Element, java.util.Set<Node>> e : byParent.entrySet()) {
      Element parent = e.getKey();
      java.util.Set<Node> gone = e.getValue();
      if (gone.size() == 1) {
        gone.iterator().next().remove();
        continue;
      }
      List<Node> keep = new ArrayList<>(parent.childNodeSize());
      for (Node c : parent.childNodes()) {
        if (!gone.contains(c)) {
          keep.add(c);
        }
      }
      parent.empty();
      parent.appendChildren(keep);
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
      CharSequence decoded;
      int next;
      if (c == '&') {
        int semi = semicolon(i, end);
        if (semi > i) {
          decoded = Parser.unescapeEntities(html.substring(i, semi + 1), false);
          next = semi + 1;
        } else {
          decoded = "&";
          next = i + 1;
        }
      } else {
        // a run of characters up to the next white space or reference, all on this line; a
        // high surrogate takes the character after it along
        int j = i;
        while (j < end) {
          char d = html.charAt(j);
          if (d == ' ' || d == '\t' || d == '\n' || d == '\r' || d == '\f' || d == '&') {
            break;
          }
          j += Character.isHighSurrogate(d) && j + 1 < end ? 2 : 1;
        }
        decoded = window.of(i, j);
        next = j;
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
      if (decoded instanceof String d && d.equals(" ")) {
        pendingSpace = i; // &#32;
      } else {
        append(b, decoded, bold, i);
      }
      i = next;
    }
  }

  /** The first {@code ;} after {@code i} if it is within 32 characters and before {@code end}, else -1. */
  private int semicolon(int i, int end) {
    int limit = Math.min(end, i + 33);
    for (int k = i + 1; k < limit; k++) {
      if (html.charAt(k) == ';') {
        return k;
      }
    }
    return -1;
  }

  private void append(TextBlock.Builder b, CharSequence s, boolean bold, int pos) {
    int line;
    int column;
    if (cachedPos >= 0 && pos >= cachedPos && (cachedLine == lines || pos < lineStarts[cachedLine])) {
      line = cachedLine;
      column = surrogates ? cachedColumn + Character.codePointCount(html, cachedPos, pos) : cachedColumn + pos - cachedPos;
    } else {
      int k = Arrays.binarySearch(lineStarts, 0, lines, pos);
      line = k >= 0 ? k + 1 : -k - 1;
      column = 1 + (surrogates ? Character.codePointCount(html, lineStarts[line - 1], pos) : pos - lineStarts[line - 1]);
    }
    cachedPos = pos;
    cachedLine = line;
    cachedColumn = column;
    b.append(s, bold, line, column);
  }

  /** A reusable view of a range of the source, so that a run of text is appended without a copy. */
  private static final class Window implements CharSequence {
    private final String source;
    private int from;
    private int to;

    Window(String source) {
      this.source = source;
    }

    Window of(int start, int end) {
      this.from = start;
      this.to = end;
      return this;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      return source.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return source.substring(from + start, from + end);
    }

    @Override
    public String toString() {
      return source.substring(from, to);
    }
  }
}

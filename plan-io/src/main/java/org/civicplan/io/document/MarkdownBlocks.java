package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Turns Markdown into {@link Block}s with commonmark-java: headings, paragraphs (also inside
 * quotes and list items; an ordered list's number is kept as text), GFM tables, and code blocks
 * read as plain lines. HTML, link targets and images' sources are skipped and reported.
 */
final class MarkdownBlocks {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .maxOpenBlockParsers(256)
          .maxInlineNesting(64)
          .build();

  private final SourceText source;
  private final Diagnostics diagnostics;
  private final List<Block> out = new ArrayList<>();
  /**
   * Where the source holds a character that commonmark may not keep as it stands in a text
   * node's literal: {@code \\} (an escape), {@code &} (a character reference), NUL (read as
   * U+FFFD). Ascending; found with {@link String#indexOf(int, int)} before the walk.
   */
  private final int[] rewritten;
  private final int rewrittenCount;
  /** The first index of {@link #rewritten} not before the last literal asked about: a cursor. */
  private int rewrittenCursor;

  private MarkdownBlocks(SourceText source, Diagnostics diagnostics) {
    this.source = source;
    this.diagnostics = diagnostics;
    int[] at = new int[16];
    int count = 0;
    String t = source.text;
    for (char c : new char[] {'\\', '&', '\0'}) {
      for (int i = t.indexOf(c); i >= 0; i = t.indexOf(c, i + 1)) {
        if (count == at.length) {
          at = Arrays.copyOf(at, count * 2);
        }
        at[count++] = i;
      }
    }
    Arrays.sort(at, 0, count);
    this.rewritten = at;
    this.rewrittenCount = count;
  }

  /**
   * @return whether {@code [from, to)} of the source holds none of the characters commonmark may
   *     rewrite in a literal; then a literal of that length read from there is that very text
   */
  private boolean keptAsWritten(int from, int to) {
    int k = rewrittenCursor;
    if (k > 0 && rewritten[k - 1] >= from) {
      k = Arrays.binarySearch(rewritten, 0, rewrittenCount, from); // out of order: search
      k = k >= 0 ? k : -k - 1;
    }
    while (k < rewrittenCount && rewritten[k] < from) {
      k++;
    }
    rewrittenCursor = k;
    return k == rewrittenCount || rewritten[k] >= to;
  }

  static List<Block> read(SourceText source, Diagnostics diagnostics) {
    MarkdownBlocks m = new MarkdownBlocks(source, diagnostics);
    Node document = PARSER.parse(source.text);
    m.blocks(document, null);
    return m.out;
  }

  private void blocks(Node parent, String pendingMarker) {
    boolean top = parent instanceof Document;
    for (Node n = parent.getFirstChild(), next; n != null; n = next) {
      next = n.getNext();
      if (top) {
        // read: let the tree go block by block, so that it and the blocks made from it are not
        // both whole in memory at once
        n.unlink();
      }
      if (n instanceof Heading h) {
        Block b = new Block(Block.Kind.HEADING);
        b.headingLevel = h.getLevel();
        bounds(b, n);
        inlines(n, b);
        b.headingMarkup = headingMarkup(h, b);
        add(b);
      } else if (n instanceof Paragraph) {
        Block b = new Block(Block.Kind.PARAGRAPH);
        bounds(b, n);
        if (pendingMarker != null) {
          for (int i = 0; i < pendingMarker.length(); i++) {
            b.append(pendingMarker.charAt(i), b.blockStart + i);
          }
          b.append(' ', b.blockStart + pendingMarker.length());
          pendingMarker = null;
        }
        inlines(n, b);
        add(b);
      } else if (n instanceof ListItem item) {
        String marker = null;
        if (item.getParent() instanceof OrderedList) {
          marker = listMarker(item);
        }
        blocks(n, marker);
      } else if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
        code(n);
      } else if (n instanceof HtmlBlock) {
        skipped(n, "跳过了 HTML 块 (skipped an HTML block)");
      } else if (n instanceof LinkReferenceDefinition) {
        skipped(n, "跳过了链接定义 (skipped a link reference definition)");
      } else if (n instanceof ThematicBreak) {
        continue;
      } else if (n instanceof TableBlock) {
        table(n);
      } else if (n instanceof BlockQuote) {
        blocks(n, null);
      } else {
        blocks(n, pendingMarker);
      }
    }
  }

  private void add(Block b) {
    b.boldFromLiteralStars(source.text);
    b.trim();
    b.compact();
    if (b.length() > 0) {
      out.add(b);
    }
  }

  private void bounds(Block b, Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    b.blockStart = spans.get(0).getInputIndex();
    SourceSpan last = spans.get(spans.size() - 1);
    b.blockEnd = last.getInputIndex() + last.getLength();
    b.expect(b.blockEnd - b.blockStart);
  }

  private String listMarker(ListItem item) {
    List<SourceSpan> spans = item.getSourceSpans();
    if (spans.isEmpty()) {
      return null;
    }
    int i = spans.get(0).getInputIndex();
    String t = source.text;
    while (i < t.length() && t.charAt(i) == ' ') {
      i++;
    }
    int start = i;
    while (i < t.length() && i - start < 9 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
      i++;
    }
    if (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')) {
      return t.substring(start, i + 1);
    }
    return null;
  }

  private String headingMarkup(Heading h, Block b) {
    boolean bold = false;
    Node only = null;
    int count = 0;
    for (Node c = h.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Text t && t.getLiteral().isBlank()) {
        continue;
      }
      only = c;
      count++;
    }
    bold = count == 1 && only instanceof StrongEmphasis;
    String inner = bold ? "**…**" : "…";
    String t = source.text;
    boolean atx = b.blockStart < t.length() && t.charAt(skipSpaces(t, b.blockStart)) == '#';
    if (atx) {
      return "#".repeat(h.getLevel()) + " " + inner;
    }
    return inner + "\n" + (h.getLevel() == 1 ? "===" : "---");
  }

  private static int skipSpaces(String t, int i) {
    while (i < t.length() - 1 && t.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private void inlines(Node parent, Block b) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        literal(b, t.getLiteral(), n.getSourceSpans(), false);
      } else if (n instanceof Code c) {
        literal(b, c.getLiteral(), n.getSourceSpans(), true);
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        List<SourceSpan> s = n.getSourceSpans();
        b.lineBreak(s.isEmpty() ? b.endOffsetOf(b.length()) : s.get(0).getInputIndex());
      } else if (n instanceof StrongEmphasis) {
        int start = b.length();
        inlines(n, b);
        b.strong.add(new int[] {start, b.length()});
      } else if (n instanceof HtmlInline) {
        skipped(n, "跳过了行内 HTML (skipped inline HTML)");
      } else if (n instanceof Link l) {
        inlines(n, b);
        skipped(n, "保留了链接文字，跳过了链接目标 " + l.getDestination() + " (kept the link text, skipped its target)");
      } else if (n instanceof Image i) {
        inlines(n, b);
        skipped(n, "保留了图片说明，跳过了图片 " + i.getDestination() + " (kept the image's alt text, skipped the image)");
      } else {
        inlines(n, b);
      }
    }
  }

  /**
   * Appends a literal, mapping each character to where it stands in the source: escapes
   * ({@code \\*}) map to the escaped character, entities ({@code &amp;}) to their {@code &}, code
   * spans to their content between the backticks.
   */
  private void literal(Block b, String literal, List<SourceSpan> spans, boolean code) {
    if (spans.isEmpty()) {
      int at = b.endOffsetOf(b.length());
      for (int i = 0; i < literal.length(); i++) {
        b.append(literal.charAt(i), at);
      }
      return;
    }
    String t = source.text;
    int si = 0;
    int pos = spans.get(0).getInputIndex();
    if (!code && spans.size() == 1 && spans.get(0).getLength() == literal.length()
        && (keptAsWritten(pos, pos + literal.length()) || t.regionMatches(pos, literal, 0, literal.length()))) {
      b.appendVerbatim(literal, pos); // the usual text node: the source as it stands
      return;
    }
    int spanEnd = pos + spans.get(0).getLength();
    if (code) {
      while (pos < spanEnd && t.charAt(pos) == '`') {
        pos++;
      }
    }
    int last = pos;
    for (int i = 0; i < literal.length(); i++) {
      char ch = literal.charAt(i);
      while (pos >= spanEnd && si + 1 < spans.size()) {
        si++;
        pos = spans.get(si).getInputIndex();
        spanEnd = pos + spans.get(si).getLength();
      }
      if (pos >= spanEnd) {
        b.append(ch, last);
        continue;
      }
      char sc = t.charAt(pos);
      if (!code && sc == '\\' && pos + 1 < spanEnd && t.charAt(pos + 1) == ch && isEscapable(ch)) {
        // An escape first: in the source \\\* (literal \*) the first backslash escapes the
        // second; matching it as a plain character would map every later character one place
        // off, and a closing ** onto other text.
        last = pos + 1;
        pos += 2;
      } else if (sc == ch) {
        last = pos;
        pos++;
      } else if (sc == '&') {
        last = pos;
        int semi = pos + 1;
        while (semi < spanEnd && semi - pos < 40 && t.charAt(semi) != ';') {
          semi++;
        }
        pos = semi < spanEnd && t.charAt(semi) == ';' ? semi + 1 : pos + 1;
        if (Character.isHighSurrogate(ch) && i + 1 < literal.length()) {
          b.append(ch, last);
          ch = literal.charAt(++i);
        }
      } else {
        last = pos;
        pos++;
      }
      b.append(ch, last);
    }
  }

  /** The characters a backslash escapes in CommonMark: ASCII punctuation. */
  private static boolean isEscapable(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private void code(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    int from = n instanceof FencedCodeBlock ? 1 : 0;
    int to = spans.size();
    if (n instanceof FencedCodeBlock && to > 1) {
      String lastLine = lineText(spans.get(to - 1)).strip();
      if (lastLine.startsWith("```") || lastLine.startsWith("~~~")) {
        to--;
      }
    }
    skipped(n, "代码块按普通段落读取 (read a code block as plain paragraphs)");
    for (int k = from; k < to; k++) {
      SourceSpan s = spans.get(k);
      Block b = new Block(Block.Kind.PARAGRAPH);
      b.blockStart = s.getInputIndex();
      b.blockEnd = s.getInputIndex() + s.getLength();
      for (int i = 0; i < s.getLength(); i++) {
        b.append(source.text.charAt(s.getInputIndex() + i), s.getInputIndex() + i);
      }
      add(b);
    }
  }

  private String lineText(SourceSpan s) {
    return source.text.substring(s.getInputIndex(), s.getInputIndex() + s.getLength());
  }

  private void table(Node tableNode) {
    Block table = new Block(Block.Kind.TABLE);
    bounds(table, tableNode);
    table.rows = new ArrayList<>();
    rows(tableNode, table);
    if (!table.rows.isEmpty()) {
      out.add(table);
    }
  }

  private void rows(Node parent, Block table) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof TableRow) {
        List<Block> row = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell) {
            Block cell = new Block(Block.Kind.PARAGRAPH);
            bounds(cell, c);
            inlines(c, cell);
            cell.boldFromLiteralStars(source.text);
            cell.trim();
            cell.compact();
            row.add(cell);
          }
        }
        table.rows.add(row);
      } else {
        rows(n, table);
      }
    }
  }

  private void skipped(Node n, String message) {
    List<SourceSpan> spans = n.getSourceSpans();
    int start = spans.isEmpty() ? 0 : spans.get(0).getInputIndex();
    int end = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getInputIndex() + spans.get(spans.size() - 1).getLength();
    diagnostics.add(ImportDiagnostic.Kind.SKIPPED_MARKUP, message, start, end);
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.TextBlock;

/**
 * The bridge from a {@link org.civicplan.io.spi.DocumentReader}'s {@link DocumentText} to the
 * {@link Block}s the assembler reads, so that every format goes through one grammar.
 *
 * <p>The spans of a plan read this way are spans into the document's <em>located text</em>: a
 * text in which every character a reader saw stands at the line and column the reader gave it
 * (line = paragraph for Word, the document's text line for PDF, the source line for HTML; see
 * {@link org.civicplan.io.spi.LocationKind}), with gaps filled by spaces and lines by newlines.
 * So {@link org.civicplan.model.SourceSpan}'s contract holds unchanged: lines and columns are what
 * the reader reported, and offsets index that located text, which {@link #text()} returns. A
 * character a reader places behind the one before it (a location that does not move forward) is
 * put right after it instead, so spans stay ordered; readers that report ascending locations,
 * as the bundled ones do, get exactly their locations back.
 */
final class ReaderBlocks {
  private final StringBuilder located = new StringBuilder();
  private int line = 1;
  private int column = 1;
  private final List<Block> blocks = new ArrayList<>();

  private ReaderBlocks() {}

  /** The blocks and located text of a document. */
  record Result(SourceText source, List<Block> blocks) {}

  static Result read(DocumentText document) {
    ReaderBlocks r = new ReaderBlocks();
    for (TextBlock t : document.blocks()) {
      Block b = r.block(t);
      if (b != null) {
        r.blocks.add(b);
      }
    }
    return new Result(new SourceText(r.located.toString()), r.blocks);
  }

  /** @return the located text built so far */
  String text() {
    return located.toString();
  }

  private Block block(TextBlock t) {
    if (t.kind() == TextBlock.Kind.TABLE) {
      Block table = new Block(Block.Kind.TABLE);
      table.rows = new ArrayList<>();
      int start = -1;
      int end = -1;
      for (List<TextBlock> row : t.rows()) {
        List<Block> cells = new ArrayList<>();
        for (TextBlock cell : row) {
          Block c = text(cell, Block.Kind.PARAGRAPH);
          if (c.length() > 0 || c.blockEnd > c.blockStart) {
            start = start < 0 ? c.blockStart : start;
            end = Math.max(end, c.blockEnd);
          }
          cells.add(c);
        }
        table.rows.add(cells);
      }
      if (start < 0) {
        return null; // a table with no text at all
      }
      for (List<Block> row : table.rows) {
        for (Block c : row) {
          if (c.length() == 0 && c.blockEnd == c.blockStart) {
            c.blockStart = c.blockEnd = start;
          }
        }
      }
      table.blockStart = start;
      table.blockEnd = end;
      return table;
    }
    Block.Kind kind = t.kind() == TextBlock.Kind.HEADING ? Block.Kind.HEADING : Block.Kind.PARAGRAPH;
    Block b = text(t, kind);
    if (b.length() == 0) {
      return null;
    }
    if (kind == Block.Kind.HEADING) {
      b.headingLevel = t.headingLevel();
      boolean allBold = b.strong.size() == 1 && b.strong.get(0)[0] == 0 && b.strong.get(0)[1] == b.length();
      // Recorded as Markdown would write it, so the rules compare heading levels across formats.
      b.headingMarkup = "#".repeat(Math.min(6, t.headingLevel())) + (allBold ? " **…**" : " …");
    }
    return b;
  }

  private Block text(TextBlock t, Block.Kind kind) {
    Block b = new Block(kind);
    String s = t.text();
    int n = s.length();
    b.expect(n);
    int[] breaks = t.lineBreaks();
    int nextBreak = 0;
    int[] index = new int[n];
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int at;
      if (i > 0 && Character.isLowSurrogate(c) && Character.isHighSurrogate(s.charAt(i - 1))) {
        at = located.length();
        located.append(c);
      } else {
        at = place(c, t.line(i), t.column(i));
      }
      while (nextBreak < breaks.length && breaks[nextBreak] <= i) {
        if (breaks[nextBreak] == i) {
          b.lineBreak(Math.max(0, at - 1));
        }
        nextBreak++;
      }
      b.append(c, at);
      index[i] = b.length() - 1; // a line break may have put a space before it
      first = first < 0 ? at : first;
      last = at;
    }
    int[] bold = t.boldRanges();
    for (int k = 0; k + 1 < bold.length; k += 2) {
      if (bold[k + 1] > bold[k]) {
        b.strong.add(new int[] {index[bold[k]], index[bold[k + 1] - 1] + 1});
      }
    }
    if (first < 0) {
      int here = located.length();
      b.blockStart = b.blockEnd = here;
    } else {
      b.blockStart = first;
      b.blockEnd = last + 1;
    }
    b.trim();
    b.compact();
    return b;
  }

  /** Puts one character at its location in the located text; returns its offset. */
  private int place(char c, int atLine, int atColumn) {
    if (atLine > line) {
      for (int k = line; k < atLine; k++) {
        located.append('\n');
      }
      line = atLine;
      column = 1;
    }
    if (atLine == line && atColumn > column) {
      for (int k = column; k < atColumn; k++) {
        located.append(' ');
      }
      column = atColumn;
    }
    int at = located.length();
    // a control character (a tab, a form feed) would break the line index; it stands as a space
    located.append(c == '\n' || c == '\r' ? ' ' : c);
    column++;
    return at;
  }
}

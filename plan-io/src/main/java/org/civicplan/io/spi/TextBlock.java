package org.civicplan.io.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One block of a document as a {@link DocumentReader} found it: a heading with its level, a
 * paragraph, or a table of cells; its text as a reader sees it (automatic numbering labels
 * included, markup and hidden text left out), which characters are bold, where the line breaks
 * inside it are, and for every character where it is in the source ({@link LocationKind}).
 *
 * <pre>{@code
 * TextBlock heading = TextBlock.heading(2).append("一、经济发展", 3, 1).build();
 * TextBlock lead = TextBlock.paragraph()
 *     .appendBold("一是招商引资。", 4, 1)      // a bold lead-in
 *     .append("聚焦存量中的增量。", 4, 8)
 *     .build();
 * TextBlock table = TextBlock.table(List.of(
 *     List.of(TextBlock.paragraph().append("任务", 9, 1).build()),
 *     List.of(TextBlock.paragraph().append("完成9处精品小区建设", 10, 1).build())));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not.
 */
public final class TextBlock {

  /** What a block is. */
  public enum Kind {
    /** A heading (标题) with a level: Word's 标题 1 / Heading 1, HTML's h1, … */
    HEADING,
    /** A paragraph of running text (段落). */
    PARAGRAPH,
    /** A table (表格): rows of cells, the first row its header; each cell is a paragraph block. */
    TABLE
  }

  private final Kind kind;
  private final int headingLevel;
  private final String text;
  // The location of every character; null when the text stands on one line from column
  // firstColumn on, one column per character (no surrogate pairs): then nothing per character
  // is kept, as for nearly every paragraph of a Word document or a web page.
  private final int[] lines;
  private final int[] columns;
  private final int firstLine;
  private final int firstColumn;
  private final int[] bold; // [start, end) pairs, ascending, disjoint
  private final int[] breaks; // text indexes a line break comes before
  private final List<List<TextBlock>> rows;

  private TextBlock(Builder b) {
    this.kind = b.kind;
    this.headingLevel = b.level;
    this.text = b.text.toString();
    int n = text.length();
    boolean straight = n > 0 && b.straight();
    this.firstLine = n > 0 ? b.firstLine() : 0;
    this.firstColumn = n > 0 ? b.firstColumn() : 0;
    if (straight) {
      this.lines = null;
      this.columns = null;
    } else {
      this.lines = new int[n];
      this.columns = new int[n];
      b.locations(lines, columns);
    }
    this.bold = b.boldRanges();
    this.breaks = Arrays.copyOf(b.breaks, b.breakCount);
    this.rows = List.of();
  }

  private TextBlock(List<List<TextBlock>> rows) {
    this.kind = Kind.TABLE;
    this.headingLevel = 0;
    this.text = "";
    this.lines = new int[0];
    this.columns = new int[0];
    this.firstLine = 0;
    this.firstColumn = 0;
    this.bold = new int[0];
    this.breaks = new int[0];
    List<List<TextBlock>> copy = new ArrayList<>(rows.size());
    for (List<TextBlock> row : rows) {
      for (TextBlock cell : row) {
        if (Objects.requireNonNull(cell, "cell").kind != Kind.PARAGRAPH) {
          throw new IllegalArgumentException("a table cell is a paragraph block, got " + cell.kind);
        }
      }
      copy.add(List.copyOf(row));
    }
    this.rows = List.copyOf(copy);
  }

  /** @return a builder of a paragraph block */
  public static Builder paragraph() {
    return new Builder(Kind.PARAGRAPH, 0);
  }

  /**
   * @param level the heading level, 1 (the highest) to 9
   * @return a builder of a heading block
   * @throws IllegalArgumentException if the level is outside 1–9
   */
  public static Builder heading(int level) {
    if (level < 1 || level > 9) {
      throw new IllegalArgumentException("a heading level is 1 to 9, got " + level);
    }
    return new Builder(Kind.HEADING, level);
  }

  /**
   * @param rows the rows, header first; every cell a {@link Kind#PARAGRAPH} block
   * @return a table block
   * @throws IllegalArgumentException if a cell is not a paragraph
   */
  public static TextBlock table(List<List<TextBlock>> rows) {
    return new TextBlock(rows);
  }

  /** @return what the block is */
  public Kind kind() {
    return kind;
  }

  /** @return the heading level 1–9, or 0 if the block is not a heading */
  public int headingLevel() {
    return headingLevel;
  }

  /** @return the text (empty for a table) */
  public String text() {
    return text;
  }

  /**
   * @param index a UTF-16 index into {@link #text()}
   * @return the 1-based source line (or paragraph, see {@link LocationKind}) of the character
   */
  public int line(int index) {
    if (lines == null) {
      checkIndex(index);
      return firstLine;
    }
    return lines[index];
  }

  /**
   * @param index a UTF-16 index into {@link #text()}
   * @return the 1-based source column of the character, in code points
   */
  public int column(int index) {
    if (columns == null) {
      checkIndex(index);
      return firstColumn + index;
    }
    return columns[index];
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= text.length()) {
      throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + text.length());
    }
  }

  /**
   * @param index a UTF-16 index into {@link #text()}
   * @return whether the character is bold (加粗)
   */
  public boolean isBold(int index) {
    for (int k = 0; k < bold.length; k += 2) {
      if (index < bold[k]) {
        return false;
      }
      if (index < bold[k + 1]) {
        return true;
      }
    }
    return false;
  }

  /** @return the bold ranges as {@code [start, end)} pairs of text indexes, ascending */
  public int[] boldRanges() {
    return bold.clone();
  }

  /** @return the text indexes that a line break inside the block comes before, ascending */
  public int[] lineBreaks() {
    return breaks.clone();
  }

  /** @return the rows of a table, header first; empty for other blocks */
  public List<List<TextBlock>> rows() {
    return rows;
  }

  @Override
  public String toString() {
    return kind == Kind.TABLE
        ? "TABLE" + rows
        : kind + (kind == Kind.HEADING ? " " + headingLevel : "") + " \"" + text + "\"";
  }

  /**
   * Builds a heading or paragraph block character by character, each with its source location.
   * Not thread-safe.
   */
  public static final class Builder {
    private final Kind kind;
    private final int level;
    private final StringBuilder text = new StringBuilder();
    // Runs of appended text, each from one append: where it starts in the text, its source line
    // and first column, whether it is bold and holds a surrogate. An append that goes on where
    // the previous one ended (same line and boldness, the next column, no surrogates) extends
    // that run, so a reader that appends a paragraph piece by piece keeps one run, not one entry
    // per character.
    private int[] runStart = new int[4];
    private int[] runLine = new int[4];
    private int[] runColumn = new int[4];
    private boolean[] runBold = new boolean[4];
    private boolean[] runSurrogates = new boolean[4];
    private int runCount;
    private int[] breaks = new int[4];
    private int breakCount;

    private Builder(Kind kind, int level) {
      this.kind = kind;
      this.level = level;
    }

    /**
     * Appends text that stands in the source at {@code line}, starting at {@code column}; each
     * further code point is one column to the right.
     *
     * @param s the text
     * @param line 1-based source line (or paragraph)
     * @param column 1-based source column of the first character
     * @return this builder
     * @throws IllegalArgumentException if the line or column is below 1
     */
    public Builder append(CharSequence s, int line, int column) {
      return append(s, false, line, column);
    }

    /**
     * The same as {@link #append(CharSequence, int, int)} for bold text.
     *
     * @param s the text
     * @param line 1-based source line
     * @param column 1-based source column of the first character
     * @return this builder
     */
    public Builder appendBold(CharSequence s, int line, int column) {
      return append(s, true, line, column);
    }

    /**
     * Appends text, bold or not.
     *
     * @param s the text
     * @param bold whether it is bold
     * @param line 1-based source line
     * @param column 1-based source column of the first character
     * @return this builder
     * @throws IllegalArgumentException if the line or column is below 1
     */
    public Builder append(CharSequence s, boolean bold, int line, int column) {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("lines and columns are 1-based, got " + line + ":" + column);
      }
      int length = s.length();
      if (length == 0) {
        return this;
      }
      boolean surrogates = false;
      for (int i = 0; i < length && !surrogates; i++) {
        surrogates = Character.isSurrogate(s.charAt(i));
      }
      int start = text.length();
      int last = runCount - 1;
      if (last >= 0
          && !surrogates
          && !runSurrogates[last]
          && runBold[last] == bold
          && runLine[last] == line
          && runColumn[last] + (start - runStart[last]) == column) {
        text.append(s); // goes on from the previous run
        return this;
      }
      if (runCount == runStart.length) {
        int cap = runCount * 2;
        runStart = Arrays.copyOf(runStart, cap);
        runLine = Arrays.copyOf(runLine, cap);
        runColumn = Arrays.copyOf(runColumn, cap);
        runBold = Arrays.copyOf(runBold, cap);
        runSurrogates = Arrays.copyOf(runSurrogates, cap);
      }
      runStart[runCount] = start;
      runLine[runCount] = line;
      runColumn[runCount] = column;
      runBold[runCount] = bold;
      runSurrogates[runCount] = surrogates;
      runCount++;
      text.append(s);
      return this;
    }

    private int runEnd(int r) {
      return r + 1 < runCount ? runStart[r + 1] : text.length();
    }

    int firstLine() {
      return runLine[0];
    }

    int firstColumn() {
      return runColumn[0];
    }

    /** Whether the whole text stands on one line, one column per character from the first. */
    boolean straight() {
      for (int r = 0; r < runCount; r++) {
        if (runSurrogates[r]
            || runLine[r] != runLine[0]
            || runColumn[r] != runColumn[0] + runStart[r]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Fills the location of every character: within a run each further code point is one column
     * to the right (the second half of a surrogate pair in the column of the first).
     */
    void locations(int[] lines, int[] columns) {
      for (int r = 0; r < runCount; r++) {
        int start = runStart[r];
        int end = runEnd(r);
        int col = runColumn[r];
        for (int i = start; i < end; i++) {
          if (runSurrogates[r]
              && i > start
              && Character.isLowSurrogate(text.charAt(i))
              && Character.isHighSurrogate(text.charAt(i - 1))) {
            col--;
          }
          lines[i] = runLine[r];
          columns[i] = col++;
        }
      }
    }

    /**
     * Marks a line break (Word's manual line break, HTML's {@code <br>}, a PDF line that did not
     * reach the margin inside a joined paragraph) before the next character appended.
     *
     * @return this builder
     */
    public Builder lineBreak() {
      if (breakCount == breaks.length) {
        breaks = Arrays.copyOf(breaks, breakCount * 2);
      }
      if (breakCount == 0 || breaks[breakCount - 1] != text.length()) {
        breaks[breakCount++] = text.length();
      }
      return this;
    }

    /** @return the number of characters appended so far */
    public int length() {
      return text.length();
    }

    private int[] boldRanges() {
      int[] out = new int[8];
      int count = 0;
      for (int r = 0; r < runCount; r++) {
        if (!runBold[r]) {
          continue;
        }
        int start = runStart[r];
        int end = runEnd(r);
        if (count > 0 && out[count - 1] == start) {
          out[count - 1] = end; // adjacent bold runs are one range
          continue;
        }
        if (count + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = start;
        out[count++] = end;
      }
      return Arrays.copyOf(out, count);
    }

    /** @return the block */
    public TextBlock build() {
      return new TextBlock(this);
    }
  }
}

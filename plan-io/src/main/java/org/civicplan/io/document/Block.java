package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One block of a document as the assembler sees it, whatever the format: a heading, a paragraph
 * or a table, its text with the markup removed, and for every character of that text the offset
 * in the source it came from.
 *
 * <p>The offsets are kept as runs of consecutive offsets, usually one to three per block, since
 * every block of a document stays in memory until its plan is built: appending text copied from
 * the source extends the last run, and only a character from elsewhere starts a new one. A block
 * changed in place (bold marks removed, trimmed, joined) expands its offsets to one {@code int}
 * per character until it is compacted again ({@link #compact}), when it is complete.
 */
final class Block {
  enum Kind {
    HEADING,
    PARAGRAPH,
    TABLE
  }

  /** Where a broken paragraph was joined: text index where the second part starts. */
  record Join(int at, int fromOffset, int toOffset, String detail) {}

  final Kind kind;
  int headingLevel;
  /** The heading's markup with its text left out, such as {@code ## **…**}; null if none. */
  String headingMarkup;

  final StringBuilder text = new StringBuilder();
  /** The source offset of every character while the block is changed in place; else null. */
  private int[] src;
  /**
   * When {@link #src} is null: the text index where each run of consecutive offsets starts, and
   * its offset; the first {@link #runs} entries are used.
   */
  private int[] runAt = new int[2];
  private int[] runOffset = new int[2];
  private int runs;
  /** Bold ranges [start, end) in text indexes. */
  final List<int[]> strong = new ArrayList<>();
  /** Source offsets of the whole block, markup included. */
  int blockStart;
  int blockEnd;
  final List<Join> joins = new ArrayList<>();
  /** Table rows, header first; each cell is a paragraph block. */
  List<List<Block>> rows;

  private int pendingBreak = -1;
  /** Open minus closed “ 《 （ in the text, counted once; kept up to date by {@link #join}. */
  private int[] balance;

  Block(Kind kind) {
    this.kind = kind;
  }

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  String text(int from, int to) {
    return text.substring(from, to);
  }

  /**
   * Makes room for a text of about {@code chars} characters (the block's source length, which
   * bounds its text), so that appending does not grow the arrays step by step.
   */
  void expect(int chars) {
    if (src != null && chars > src.length) {
      src = Arrays.copyOf(src, chars);
    }
    text.ensureCapacity(chars);
  }

  void lineBreak(int offset) {
    if (text.length() > 0) {
      pendingBreak = offset;
    }
  }

  void append(char c, int offset) {
    if (pendingBreak >= 0) {
      int at = pendingBreak;
      pendingBreak = -1;
      char prev = text.charAt(text.length() - 1);
      if (prev < 0x2E80 || c < 0x2E80) {
        append(' ', at);
      }
    }
    int at = text.length();
    if (src == null && runs >= 8 && 2 * runs > at
        && runOffset[runs - 1] + (at - runAt[runs - 1]) != offset) {
      expand(); // offsets that jump at most characters: one per character is smaller
    }
    if (src != null) {
      if (at == src.length) {
        src = Arrays.copyOf(src, Math.max(16, src.length * 2));
      }
      src[at] = offset;
    } else if (runs == 0 || runOffset[runs - 1] + (at - runAt[runs - 1]) != offset) {
      if (runs == runAt.length) {
        runAt = Arrays.copyOf(runAt, Math.max(2, runs * 2));
        runOffset = Arrays.copyOf(runOffset, Math.max(2, runs * 2));
      }
      runAt[runs] = at;
      runOffset[runs] = offset;
      runs++;
    } // else: the next offset of the last run
    text.append(c);
  }

  /**
   * Appends text copied unchanged from the source at {@code offset}: the same as appending each
   * character with its offset, in one step.
   */
  void appendVerbatim(String run, int offset) {
    int n = run.length();
    if (n == 0) {
      return;
    }
    append(run.charAt(0), offset); // a pending line break goes before the first character
    if (src == null) {
      text.append(run, 1, n); // the rest continues the run the first character is in
      return;
    }
    int at = text.length();
    if (at + n - 1 > src.length) {
      src = Arrays.copyOf(src, Math.max(src.length * 2, at + n - 1));
    }
    for (int i = 1; i < n; i++) {
      src[at + i - 1] = offset + i;
    }
    text.append(run, 1, n);
  }

  /** Source offset where text index {@code i} starts. */
  int offsetOf(int i) {
    if (text.length() == 0) {
      return blockStart;
    }
    return offsetAt(Math.max(0, Math.min(i, text.length() - 1)));
  }

  /** Source offset just after the text range ending at {@code end} (exclusive). */
  int endOffsetOf(int end) {
    if (end <= 0 || text.length() == 0) {
      return offsetOf(0);
    }
    return offsetAt(Math.min(end, text.length()) - 1) + 1;
  }

  /** The source offset of text index {@code i}, which is inside the text. */
  private int offsetAt(int i) {
    if (src != null) {
      return src[i];
    }
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) { // the last run that starts at or before i
      int mid = (lo + hi + 1) >>> 1;
      if (runAt[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return runOffset[lo] + (i - runAt[lo]);
  }

  /**
   * Keeps the offsets as runs of consecutive offsets when that is smaller than one per
   * character; called when the block is complete. Offsets read the same either way.
   */
  void compact() {
    if (src == null) {
      if (2 * runs > text.length() && text.length() > 0) {
        expand(); // offsets that jump at most characters: one per character is smaller
      }
      return;
    }
    int n = text.length();
    int count = 0;
    // Most blocks have one to three runs: their starts are noted while counting, so that only a
    // block with more than FEW runs is read a second time.
    final int few = 4;
    int[] at = new int[few];
    for (int i = 0; i < n; i++) {
      if (i == 0 || src[i] != src[i - 1] + 1) {
        if (count < few) {
          at[count] = i;
        }
        count++;
      }
    }
    if (2 * count > n) {
      return; // offsets that jump at most characters: runs would be larger
    }
    int[] offset = new int[count];
    if (count <= few) {
      at = java.util.Arrays.copyOf(at, count);
      for (int k = 0; k < count; k++) {
        offset[k] = src[at[k]];
      }
    } else {
      at = new int[count];
      int k = 0;
      for (int i = 0; i < n; i++) {
        if (i == 0 || src[i] != src[i - 1] + 1) {
          at[k] = i;
          offset[k] = src[i];
          k++;
        }
      }
    }
    runAt = at;
    runOffset = offset;
    runs = count;
    src = null;
  }

  /** Makes the offsets one per character again, so the block can change. */
  private void expand() {
    if (src != null) {
      return;
    }
    int n = text.length();
    int[] s = new int[Math.max(16, n)];
    for (int k = 0; k < runs; k++) {
      int from = runAt[k];
      int to = k + 1 < runs ? runAt[k + 1] : n;
      for (int i = from; i < to; i++) {
        s[i] = runOffset[k] + (i - from);
      }
    }
    src = s;
    runAt = null;
    runOffset = null;
    runs = 0;
  }

  /** Removes whitespace at both ends, keeping bold ranges and offsets in step. */
  void trim() {
    int n = text.length();
    int s = 0;
    while (s < n && isSpace(text.charAt(s))) {
      s++;
    }
    int e = n;
    while (e > s && isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (s == 0 && e == n) {
      return;
    }
    expand();
    String kept = text.substring(s, e);
    int[] keptSrc = Arrays.copyOfRange(src, s, Math.max(s, e));
    text.setLength(0);
    text.append(kept);
    src = keptSrc.length == 0 ? new int[16] : keptSrc;
    List<int[]> ranges = new ArrayList<>();
    for (int[] r : strong) {
      int a = Math.max(0, r[0] - s);
      int b = Math.min(kept.length(), r[1] - s);
      if (b > a) {
        ranges.add(new int[] {a, b});
      }
    }
    strong.clear();
    strong.addAll(ranges);
  }

  /** @return open minus closed quotation marks, book-title marks and parentheses */
  int[] balance() {
    if (balance == null) {
      balance = new int[3];
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!BALANCED_MARKS[c]) {
          continue; // nearly every character: one table lookup
        }
        switch (c) {
          case '“' -> balance[0]++;
          case '”' -> balance[0]--;
          case '《' -> balance[1]++;
          case '》' -> balance[1]--;
          case '（' -> balance[2]++;
          case '）' -> balance[2]--;
          default -> { }
        }
      }
    }
    return balance;
  }

  /** Appends another paragraph to this one, recording the join. */
  void join(Block next, String detail) {
    expand();
    int[] mine = balance();
    int[] theirs = next.balance();
    for (int k = 0; k < 3; k++) {
      mine[k] += theirs[k];
    }
    int at = text.length();
    int from = endOffsetOf(at) - 1;
    int to = next.offsetOf(0) + 1;
    for (int i = 0; i < next.text.length(); i++) {
      if (text.length() == src.length) {
        src = Arrays.copyOf(src, src.length * 2);
      }
      src[text.length()] = next.offsetAt(i);
      text.append(next.text.charAt(i));
    }
    for (int[] r : next.strong) {
      strong.add(new int[] {r[0] + at, r[1] + at});
    }
    for (Join j : next.joins) {
      joins.add(new Join(j.at + at, j.fromOffset, j.toOffset, j.detail));
    }
    joins.add(new Join(at, from, to, detail));
    blockEnd = Math.max(blockEnd, next.blockEnd);
  }

  /**
   * Reads {@code **…**} left in the text as bold. CommonMark does not close {@code **} after
   * punctuation when a CJK character follows ({@code **二是…。**做精}), so such pairs come through
   * as literal asterisks; a pair whose characters are unescaped asterisks in the source is markup.
   */
  void boldFromLiteralStars(String source) {
    int first = text.indexOf("**");
    if (first < 0) {
      return; // the common case, found by the JDK's string search
    }
    expand();
    int n = text.length();
    int[] marks = new int[4];
    int count = 0;
    for (int i = first; i + 1 < n; i++) {
      if (text.charAt(i) == '*' && text.charAt(i + 1) == '*'
          && src[i + 1] == src[i] + 1
          && source.charAt(src[i]) == '*' && source.charAt(src[i + 1]) == '*'
          && (src[i] == 0 || source.charAt(src[i] - 1) != '\\')) {
        if (count == marks.length) {
          marks = Arrays.copyOf(marks, count * 2);
        }
        marks[count++] = i;
        i++;
      }
    }
    count &= ~1; // an unpaired last ** stays text
    if (count == 0) {
      return;
    }
    // Drop the two characters of every mark, in place, keeping offsets in step; newIndex maps
    // every old text index (and the end) to the new one.
    int[] newIndex = new int[n + 1];
    for (int i = 0; i < marks[0]; i++) {
      newIndex[i] = i;
    }
    int write = marks[0];
    int next = 0;
    for (int read = marks[0]; read < n; read++) {
      newIndex[read] = write;
      if (next < count && read == marks[next]) {
        newIndex[read + 1] = write;
        read++;
        next++;
        continue;
      }
      text.setCharAt(write, text.charAt(read));
      src[write] = src[read];
      write++;
    }
    newIndex[n] = write;
    text.setLength(write);
    List<int[]> ranges = new ArrayList<>(strong.size() + count / 2);
    for (int[] r : strong) {
      ranges.add(new int[] {newIndex[r[0]], newIndex[r[1]]});
    }
    for (int k = 0; k + 1 < count; k += 2) {
      int a = newIndex[marks[k]];
      int b = newIndex[marks[k + 1]];
      if (b > a) {
        ranges.add(new int[] {a, b});
      }
    }
    ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
    strong.clear();
    strong.addAll(ranges);
  }

  /** The marks {@link #balance()} counts. */
  private static final boolean[] BALANCED_MARKS = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : "“”《》（）".toCharArray()) {
      BALANCED_MARKS[c] = true;
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }
}

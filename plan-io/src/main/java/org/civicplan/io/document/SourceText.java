package org.civicplan.io.document;

import java.util.Arrays;
import org.civicplan.model.SourceSpan;

/**
 * The decoded text of a document with its line index: turns UTF-16 offsets into {@link
 * SourceSpan}s (1-based lines, columns in code points). Building is linear; a look-up on the line
 * of the previous one or the next is constant, any other logarithmic. Not thread-safe: it keeps
 * a cursor, and belongs to the one import that made it.
 */
final class SourceText {
  final String text;
  private final int[] lineStarts;
  private final int lines;
  private final int[] pairs; // offsets of the high surrogates of surrogate pairs
  private final int pairCount;
  /** The line {@link #line} last answered: a cursor, so one instance serves one reader. */
  private int lastLine = 1;

  SourceText(String text) {
    this.text = text;
    int[] starts = new int[64];
    int count = 1;
    int[] p = new int[8];
    int pc = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean newline = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
      if (newline) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (pc == p.length) {
          p = Arrays.copyOf(p, pc * 2);
        }
        p[pc++] = i;
      }
    }
    this.lineStarts = starts;
    this.lines = count;
    this.pairs = p;
    this.pairCount = pc;
  }

  int length() {
    return text.length();
  }

  /** @return the 1-based line of an offset */
  int line(int offset) {
    // Spans are asked for mostly in document order: try the line of the last answer and the one
    // after it before searching.
    int last = lastLine;
    if (offset >= lineStarts[last - 1] && (last == lines || offset < lineStarts[last])) {
      return last;
    }
    if (last < lines && offset >= lineStarts[last] && (last + 1 == lines || offset < lineStarts[last + 1])) {
      lastLine = last + 1;
      return last + 1;
    }
    int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
    lastLine = i >= 0 ? i + 1 : -i - 1;
    return lastLine;
  }

  /** @return the 1-based column, in code points, of an offset */
  int column(int offset) {
    return column(offset, line(offset));
  }

  private int column(int offset, int line) {
    int start = lineStarts[line - 1];
    // surrogate pairs wholly before offset on this line count as one column each
    int from = lowerBound(start);
    int to = lowerBound(offset - 1);
    return offset - start - (to - from) + 1;
  }

  private int lowerBound(int value) {
    int lo = 0;
    int hi = pairCount;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairs[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** @return the span of {@code [start, end)}, clamped to the text */
  SourceSpan span(int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int sl = line(s);
    int sc = column(s, sl);
    int el = line(e);
    int ec = column(e, el);
    if (el < sl || (el == sl && ec < sc)) {
      el = sl;
      ec = sc;
    }
    return SourceSpan.of(sl, sc, el, ec, s, e);
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where sentences end in a block's text: after {@code 。！？；;!?} outside quotes, book titles and
 * brackets. One table lookup per character.
 */
final class Sentences {
  private Sentences() {}

  /** Sentence ranges of [from, to): ends after 。！？；; outside quotes, whitespace trimmed. */
  static List<int[]> of(Block b, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = b.charAt(i);
      if (!MARKS[c]) {
        continue; // nearly every character: one table lookup
      }
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && ENDS[c]) {
        add(out, b, start, i + 1);
        start = i + 1;
      }
    }
    add(out, b, start, to);
    return out;
  }

  /** The first sentence end (。！？) outside quotes in [from, to), or -1. */
  static int terminator(Block b, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = b.charAt(i);
      if (!MARKS[c]) {
        continue;
      }
      if (isOpen(c)) {
        depth++;
      } else if (isClose(c)) {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '。' || c == '！' || c == '？')) {
        return i;
      }
    }
    return -1;
  }

  /** The characters the scans act on: brackets and quotes, and sentence ends. */
  private static final boolean[] MARKS = new boolean[Character.MAX_VALUE + 1];

  /** The sentence ends among them: 。！？；;!? */
  private static final boolean[] ENDS = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : "“‘《（(「”’》）)」。！？；;!?".toCharArray()) {
      MARKS[c] = true;
    }
    for (char c : "。！？；;!?".toCharArray()) {
      ENDS[c] = true;
    }
  }

  static boolean isOpen(char c) {
    return c == '“' || c == '‘' || c == '《' || c == '（' || c == '(' || c == '「';
  }

  static boolean isClose(char c) {
    return c == '”' || c == '’' || c == '》' || c == '）' || c == ')' || c == '」';
  }

  private static void add(List<int[]> out, Block b, int from, int to) {
    int s = from;
    while (s < to && Block.isSpace(b.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && Block.isSpace(b.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }
}

package org.civicplan.io.chinese;

/** Character classes shared by the scanners of this package. */
final class Chars {
  private Chars() {}

  static boolean isCjk(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Clause delimiters: where a name or an object stops. */
  static boolean isClauseDelimiter(char c) {
    return "，。；：！？,;:!?\n".indexOf(c) >= 0;
  }

  /** {@code i}, or {@code i + 1} if {@code i} stands between the two halves of a surrogate pair. */
  static int codePointBoundary(CharSequence text, int i) {
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1))) {
      return i + 1;
    }
    return i;
  }

  static boolean startsWith(CharSequence text, int at, String word) {
    if (at < 0 || at + word.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text.charAt(at + i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The set of characters that stand at {@code index} in any of the words (0: the first): lets a
   * scanner skip, with one table lookup, every position where none of the words can start.
   */
  static boolean[] charactersAt(int index, String[]... wordLists) {
    boolean[] set = new boolean[Character.MAX_VALUE + 1];
    for (String[] words : wordLists) {
      for (String w : words) {
        set[w.charAt(index)] = true;
      }
    }
    return set;
  }

  static boolean endsWith(CharSequence text, int end, String word) {
    return startsWith(text, end - word.length(), word);
  }

  /**
   * Marks every character that stands inside quotes or brackets that name something: “…”, ‘…’,
   * 「…」, 《…》, 〔…〕, [...], and ASCII double quotes. Quote marks themselves are marked too.
   * Linear; nesting is counted, and an unclosed quote marks the rest of the text.
   */
  static boolean[] quoted(CharSequence text) {
    final String opens = "“‘「《〔[";
    final String closes = "”’」》〕]";
    int n = text.length();
    boolean[] q = new boolean[n];
    int[] depth = new int[opens.length()];
    int open = 0; // how many kinds have depth > 0
    boolean ascii = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int o = opens.indexOf(c);
      int k = closes.indexOf(c);
      if (o >= 0) {
        if (depth[o]++ == 0) {
          open++;
        }
        q[i] = true;
      } else if (k >= 0) {
        q[i] = true;
        if (depth[k] > 0 && --depth[k] == 0) {
          open--;
        }
      } else if (c == '"') {
        ascii = !ascii;
        q[i] = true;
      } else {
        q[i] = open > 0 || ascii;
      }
    }
    return q;
  }
}

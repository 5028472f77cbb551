package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns plain text into {@link Block}s: every non-blank line is a paragraph, as in text copied
 * out of a word processor, where a paragraph is one line. Broken lines are joined later, like
 * broken paragraphs in Markdown.
 */
final class TextBlocks {
  private TextBlocks() {}

  static List<Block> read(SourceText source) {
    String t = source.text;
    List<Block> out = new ArrayList<>();
    int n = t.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || t.charAt(i) == '\n' || t.charAt(i) == '\r') {
        if (i > lineStart) {
          Block b = new Block(Block.Kind.PARAGRAPH);
          b.blockStart = lineStart;
          b.blockEnd = i;
          for (int k = lineStart; k < i; k++) {
            b.append(t.charAt(k), k);
          }
          b.trim();
          b.compact();
          if (b.length() > 0) {
            out.add(b);
          }
        }
        lineStart = i + 1;
      }
    }
    return out;
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.chinese.Numberings;

/**
 * Joins each paragraph that broke off in mid-sentence ({@code ，、,} at its end) or inside a
 * quotation, book title or bracket, or that holds only an item number ({@code 1} on a line of its
 * own), with the next paragraph, when that one does not start with a numbering marker; each join is reported and later noted on the element holding the text.
 */
final class JoinPass implements Pass {
  @Override
  public void run(Assembly a) {
    List<Block> in = a.blocks;
    List<Block> out = new ArrayList<>(in.size());
    for (Block b : in) {
      if (!out.isEmpty()) {
        Block prev = out.get(out.size() - 1);
        if (prev.kind == Block.Kind.PARAGRAPH && b.kind == Block.Kind.PARAGRAPH
            && a.preambleOnly.contains(prev) == a.preambleOnly.contains(b)
            && Numberings.parse(b.text, 0).isEmpty()) {
          String why = loneNumber(prev) ? "编号单独成行" : brokenOff(prev);
          if (why != null) {
            String detail = "合并了" + why + "断开的段落：「" + tail(prev.text) + "」与「" + head(b.text)
                + "」 (joined a paragraph broken " + (why.contains("引号") ? "inside a quotation" : why.contains("编号") ? "after its item number" : "mid-sentence") + ")";
            int from = prev.endOffsetOf(prev.length()) - 1;
            int to = b.offsetOf(0) + 1;
            prev.join(b, detail);
            a.diagnostics.add(ImportDiagnostic.Kind.JOINED_BROKEN_PARAGRAPH, detail, from, to);
            continue;
          }
        }
      }
      out.add(b);
    }
    for (Block b : out) {
      b.compact(); // a joined block, complete now (constant time for the others)
    }
    a.blocks = out;
  }

  /** A paragraph that holds only an item number ({@code 1}, {@code 12}): the item is the next paragraph. */
  private static boolean loneNumber(Block b) {
    if (b.length() == 0 || b.length() > 2) {
      return false;
    }
    for (int i = 0; i < b.length(); i++) {
      if (b.charAt(i) < '0' || b.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static String brokenOff(Block b) {
    char last = b.charAt(b.length() - 1);
    if (last == '，' || last == '、' || last == ',') {
      return "在句中";
    }
    int[] balance = b.balance();
    if (balance[0] > 0 || balance[1] > 0 || balance[2] > 0) {
      return "在引号内";
    }
    return null;
  }

  private static String tail(CharSequence t) {
    int n = t.length();
    return (n > 12 ? "…" : "") + t.subSequence(Math.max(0, n - 12), n);
  }

  private static String head(CharSequence t) {
    int n = t.length();
    return t.subSequence(0, Math.min(12, n)) + (n > 12 ? "…" : "");
  }
}

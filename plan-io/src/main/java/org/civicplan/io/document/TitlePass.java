package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.model.SourceNote;

/**
 * Finds the title: the first block left once the page chrome is out, if it looks like one. A
 * notice that issues the plan ({@code XX办公室关于印发《XX街道2024年工作计划》的通知}) gives the
 * plan's own title and its issuer; the notice's text up to its annex (附件) or the repeated plan
 * title stays preamble, whatever it numbers. The title line gives year, organization and kind.
 */
final class TitlePass implements Pass {
  /** Detail prefix of the note that keeps a notice's title line; the line follows verbatim. */
  static final String NOTICE_PREFIX = "印发通知标题 (the title of the notice issuing the plan) ";
  /** Detail prefix of the note that keeps an annex line or a repeated title; the line follows. */
  static final String REPEAT_PREFIX = "附件或重复的标题 (an annex line or the title repeated) ";

  @Override
  public void run(Assembly a) {
    if (a.blocks.isEmpty()) {
      return;
    }
    Block b0 = a.blocks.get(0);
    if (isTitle(b0)) {
      a.titleBlock = b0;
      a.title = b0.text.toString();
      a.blocks = new ArrayList<>(a.blocks.subList(1, a.blocks.size()));
    } else {
      a.diagnostics.add(ImportDiagnostic.Kind.MISSING_TITLE, "文档没有标题行 (the document has no title line)", b0.blockStart, b0.blockStart);
    }
    Optional<DocumentParts.Notice> notice = DocumentParts.notice(a.title);
    if (notice.isPresent()) {
      a.planNotes.add(a.note(SourceNote.Kind.OTHER, NOTICE_PREFIX + a.title, a.titleBlock.blockStart, a.titleBlock.blockEnd));
      a.title = notice.get().title();
      a.issuer = notice.get().issuer().isEmpty() ? null : notice.get().issuer();
      String noticeLine = squash(a.titleBlock.text);
      if (!a.blocks.isEmpty() && squash(a.blocks.get(0).text).equals(noticeLine)) {
        Block again = a.blocks.remove(0); // the page's headline and the document's own
        a.planNotes.add(a.note(SourceNote.Kind.OTHER, REPEAT_PREFIX + again.text, again.blockStart, again.blockEnd));
      }
      annex(a, squash(a.title));
    } else if (!a.blocks.isEmpty() && !a.title.isEmpty() && squash(a.blocks.get(0).text).equals(squash(a.title))) {
      Block again = a.blocks.remove(0);
      a.planNotes.add(a.note(SourceNote.Kind.OTHER, REPEAT_PREFIX + again.text, again.blockStart, again.blockEnd));
    }
    a.titleLine = TitleLine.parse(a.title);
    a.planYear = a.titleLine.year.orElse(null);
    a.planKind = a.titleLine.kind;
  }

  /**
   * Where the plan proper starts after the notice that issues it, and which lines there only mark
   * the start: the plan's title repeated (also split over two lines, or with the issuer's name
   * before it: 北湖街道2024年工作要点 for 2024年工作要点, which then becomes the title); else the
   * last annex line followed by text; else the first block after the notice's date line
   * ({@code 2024年2月20日} alone, then {@code （此件公开发布）}), a title-like first block there
   * being the annex's title; else a second {@code 一、} after the notice's own {@code 一、二、}.
   * What stands before is the notice, kept as preamble. Linear in the blocks.
   */
  private static void annex(Assembly a, String planTitle) {
    List<Block> blocks = a.blocks;
    int n = blocks.size();
    int start = -1;
    int marks = 0; // how many blocks from start on are markers
    for (int pass = 0; pass < 2 && start < 0; pass++) { // first the title as written, then a variant
      for (int k = pass; k < n && start < 0; k++) {
        int lines = titleLines(blocks, k, planTitle, pass == 1, a);
        if (lines > 0) {
          start = k;
          marks = lines;
        }
      }
    }
    if (start < 0) {
      for (int k = n - 2; k >= 0; k--) {
        if (blocks.get(k).kind != Block.Kind.TABLE && DocumentParts.isAnnexLine(blocks.get(k).text)) {
          start = k;
          marks = 1;
          if (k + 1 < n) {
            marks += Math.max(titleLines(blocks, k + 1, planTitle, false, a), titleLines(blocks, k + 1, planTitle, true, a));
          }
          break;
        }
      }
    }
    if (start < 0) {
      for (int k = 1; k + 1 < n; k++) {
        if (isDateLine(blocks.get(k).text)) {
          int s = k + 1;
          while (s + 1 < n && isRemark(blocks.get(s).text)) {
            s++;
          }
          start = s;
          marks = titleLike(blocks.get(s)) ? 1 : 0;
          break;
        }
      }
    }
    if (start < 0) {
      start = restart(blocks);
      marks = 0;
    }
    if (start < 0) {
      return;
    }
    List<Block> kept = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Block b = blocks.get(k);
      boolean marker = (k >= start && k < start + marks)
          || (k == start - 1 && marks > 0 && DocumentParts.isAnnexLine(b.text))
          || (k == start + 1 && marks == 1 && DocumentParts.isAnnexLine(blocks.get(start).text) && same(squash(b.text), planTitle));
      if (marker) {
        a.planNotes.add(a.note(SourceNote.Kind.OTHER, REPEAT_PREFIX + b.text, b.blockStart, b.blockEnd));
        continue;
      }
      if (k < start) {
        a.preambleOnly.add(b);
      }
      kept.add(b);
    }
    a.blocks = kept;
  }

  /**
   * How many blocks from {@code k} on (1 or 2, a title split over two lines) repeat the plan's
   * title, else 0. As written ({@code variant} false): the same text, spaces and 《》 aside. As a
   * variant: the notice's title again ({@code …关于印发…的通知}, whose inner title is compared), the
   * title without the body the notice named ({@code 2025年…工作计划} for {@code 青松镇2025年…工作计划}),
   * or with the body the notice left out, which then becomes the plan's title.
   */
  private static int titleLines(List<Block> blocks, int k, String planTitle, boolean variant, Assembly a) {
    Block b = blocks.get(k);
    if (!titleLike(b)) {
      return 0;
    }
    String one = squash(b.text);
    boolean two = k + 1 < blocks.size() && titleLike(blocks.get(k + 1)) && !DocumentParts.isAnnexLine(blocks.get(k + 1).text);
    String joined = two ? one + squash(blocks.get(k + 1).text) : null;
    if (!variant) {
      return one.equals(planTitle) ? 1 : joined != null && planTitle.startsWith(one) && joined.equals(planTitle) ? 2 : 0;
    }
    if (DocumentParts.isAnnexLine(b.text) || isRemark(b.text) || isDateLine(b.text)) {
      return 0; // （此件公开发布） before the annex's title is no part of it
    }
    for (int lines = 1; lines <= 2; lines++) {
      String c = lines == 1 ? one : joined;
      if (c == null || (lines == 2 && c.length() > 100)) {
        continue;
      }
      String t = DocumentParts.notice(c).map(DocumentParts.Notice::title).map(TitlePass::squash).orElse(c);
      if (t.startsWith("关于印发") || t.startsWith("印发")) {
        t = t.substring(t.indexOf("印发") + 2);
      }
      if (same(t, planTitle)) {
        return lines;
      }
      if (planTitle.length() >= 6 && t.length() > planTitle.length() && t.endsWith(planTitle) && t.length() - planTitle.length() <= 20
          && (lines == 2 || k > 0)) {
        a.title = lines == 1 ? b.text.toString().strip() : t; // the annex names the body the notice left out
        return lines;
      }
      if (t.length() >= 8 && 2 * t.length() >= planTitle.length() && planTitle.endsWith(t) && hasYearOrKind(t)) {
        return lines; // 2025年优化营商环境工作计划 for 青松镇2025年…: the body the notice named left out
      }
    }
    return 0;
  }

  /** The same title, a 的通知 or quotes aside. */
  private static boolean same(String candidate, String planTitle) {
    String c = candidate;
    if (c.endsWith("的通知")) {
      c = c.substring(0, c.length() - 3);
    }
    return c.equals(planTitle);
  }

  /** Whether a title part names a year or a kind of plan, so is no phrase of the notice. */
  private static boolean hasYearOrKind(String t) {
    return t.contains("年") || t.endsWith("计划") || t.endsWith("要点") || t.endsWith("方案") || t.endsWith("安排");
  }

  /** A line that could be a title: a paragraph or heading, unnumbered, short, no sentence in it. */
  private static boolean titleLike(Block b) {
    return b.kind != Block.Kind.TABLE && b.length() <= 60 && isTitle(b);
  }

  /** The index of a {@code 一、} that follows the notice's own {@code 一、二、}, or -1. */
  private static int restart(List<Block> blocks) {
    boolean seenFirst = false;
    boolean seenLater = false;
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (b.kind == Block.Kind.TABLE) {
        continue;
      }
      Optional<org.civicplan.io.chinese.NumberingMark> m = Numberings.parse(b.text, 0);
      if (m.isEmpty() || m.get().rank() != 1) {
        continue;
      }
      if (m.get().numbering().ordinal() == 1) {
        if (seenFirst && seenLater) {
          return k;
        }
        seenFirst = true;
      } else {
        seenLater |= seenFirst;
      }
    }
    return -1;
  }

  /** A notice's date line: {@code 2024年2月20日} (Arabic or Chinese digits) alone. */
  static boolean isDateLine(CharSequence line) {
    String t = line.toString().strip();
    if (t.length() < 8 || t.length() > 16 || !t.endsWith("日") || t.indexOf('年') < 4 || t.indexOf('月') < 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!((c >= '0' && c <= '9') || c == '年' || c == '月' || c == '日' || c == '〇' || c == '零'
          || org.civicplan.model.chinese.ChineseNumerals.digitValue(c) >= 0 || c == '十')) {
        return false;
      }
    }
    return true;
  }

  /** A remark after a notice's date: {@code （此件公开发布）}, {@code （此件主动公开）}. */
  private static boolean isRemark(CharSequence line) {
    String t = line.toString().strip();
    return t.length() <= 20 && (t.startsWith("（") || t.startsWith("(")) && (t.endsWith("）") || t.endsWith(")"))
        && (t.contains("此件") || t.contains("公开"));
  }

  static String squash(CharSequence s) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 200));
    for (int i = 0; i < s.length() && sb.length() <= 200; i++) {
      char c = s.charAt(i);
      if (!Block.isSpace(c) && c != '《' && c != '》') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isTitle(Block b) {
    if (b.kind == Block.Kind.TABLE || Numberings.parse(b.text, 0).isPresent()) {
      return false;
    }
    if (b.kind == Block.Kind.HEADING) {
      return true;
    }
    String t = b.text.toString();
    if (t.codePointCount(0, t.length()) > 100) {
      return false;
    }
    for (int i = 0; i < t.length() - 1; i++) {
      if ("。！？；".indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }
}

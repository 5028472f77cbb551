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
   * The plan proper starts at the repeated plan title, else after the last annex line followed by
   * text; what stands before is the notice, kept as preamble.
   */
  private static void annex(Assembly a, String planTitle) {
    List<Block> blocks = a.blocks;
    int start = -1;
    for (int k = 0; k < blocks.size(); k++) {
      if (squash(blocks.get(k).text).equals(planTitle)) {
        start = k;
        break;
      }
    }
    if (start < 0) {
      for (int k = blocks.size() - 2; k >= 0; k--) {
        if (blocks.get(k).kind != Block.Kind.TABLE && DocumentParts.isAnnexLine(blocks.get(k).text)) {
          start = k;
          break;
        }
      }
    }
    if (start < 0) {
      return;
    }
    List<Block> kept = new ArrayList<>(blocks.size());
    for (int k = 0; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      boolean marker = k == start
          || (k == start - 1 && DocumentParts.isAnnexLine(b.text))
          || (k == start + 1 && DocumentParts.isAnnexLine(blocks.get(start).text) && squash(b.text).equals(planTitle));
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

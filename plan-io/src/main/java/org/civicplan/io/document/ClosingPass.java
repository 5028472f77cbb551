package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.model.SourceNote;

/**
 * Takes the closing words of a speech or report out of the blocks ({@code 让我们…为…而努力奋斗！},
 * {@code 同志们，…}, {@code 以上报告，请予审议。}, {@code 特此通知。}): they state no work, so they are
 * neither initiatives nor targets; each is kept verbatim in a source note of the plan.
 */
final class ClosingPass implements Pass {
  /** Detail prefix of the note that keeps closing words; the paragraph follows verbatim. */
  static final String NOTE_PREFIX = "结束语 (closing words) ";

  @Override
  public void run(Assembly a) {
    List<Block> kept = new ArrayList<>(a.blocks.size());
    for (Block b : a.blocks) {
      if (b.kind == Block.Kind.PARAGRAPH && DocumentParts.isClosingWords(b.text)) {
        a.planNotes.add(a.note(SourceNote.Kind.OTHER, NOTE_PREFIX + b.text, b.blockStart, b.blockEnd));
      } else {
        kept.add(b);
      }
    }
    a.blocks = kept;
  }
}

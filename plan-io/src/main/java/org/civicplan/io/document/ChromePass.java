package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.io.chinese.PageChrome;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.SourceNote;

/**
 * Takes the page around the plan out of the blocks (breadcrumbs, publication lines, page tools,
 * page numbers, site banners, the document-number line): the document number goes to the plan,
 * the publication date and source to its extensions, and every chrome line, verbatim, to a source
 * note of the plan, so nothing is lost and none of it becomes the title or an initiative.
 */
final class ChromePass implements Pass {
  /** Detail prefix of the note that keeps a chrome line; the line follows verbatim. */
  static final String NOTE_PREFIX = "页面信息 (page chrome) ";
  /** Extension key of the publication date as the page gives it. */
  static final String PUBLISHED = "org.civicplan.io:published";
  /** Extension key of the publishing source (信息来源, 发布机构). */
  static final String PUBLISHER = "org.civicplan.io:publisher";

  @Override
  public void run(Assembly a) {
    List<Block> kept = new ArrayList<>(a.blocks.size());
    for (Block b : a.blocks) {
      Optional<PageChrome.Kind> kind = b.kind == Block.Kind.TABLE || b.length() > PageChrome.MAX_LENGTH
          ? Optional.empty() : PageChrome.classify(b.text);
      if (kind.isPresent() && Numberings.parse(b.text, 0).isPresent()) {
        kind = Optional.empty(); // a numbered heading is plan text, whatever it names
      }
      if (kind.isEmpty()) {
        kept.add(b);
        continue;
      }
      String line = b.text.toString();
      switch (kind.get()) {
        case DOCUMENT_NUMBER -> {
          if (a.documentNumber == null) {
            a.documentNumber = PageChrome.documentNumber(line).orElse(line.strip());
          }
        }
        case PUBLICATION -> {
          for (String label : new String[] {"发布时间", "发布日期", "成文日期", "发文日期", "印发日期", "日期", "时间"}) {
            Optional<String> v = PageChrome.field(line, label);
            if (v.isPresent()) {
              a.planExtensions.putIfAbsent(PUBLISHED, ExtensionValue.string(v.get()));
              break;
            }
          }
          for (String label : new String[] {"信息来源", "文章来源", "发布机构", "来源", "发文机关"}) {
            Optional<String> v = PageChrome.field(line, label);
            if (v.isPresent()) {
              a.planExtensions.putIfAbsent(PUBLISHER, ExtensionValue.string(v.get()));
              break;
            }
          }
          for (String label : new String[] {"发文字号", "文号"}) {
            Optional<String> v = PageChrome.field(line, label);
            if (v.isPresent() && a.documentNumber == null) {
              a.documentNumber = v.get();
            }
          }
        }
        default -> { }
      }
      a.planNotes.add(a.note(SourceNote.Kind.OTHER, NOTE_PREFIX + line, b.blockStart, b.blockEnd));
    }
    a.blocks = kept;
  }
}

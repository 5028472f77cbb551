package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.junit.jupiter.api.Test;

/**
 * Automatic list labels of Word 97–2003 files, computed from the list tables HWPF exposes. The
 * files are what LibreOffice 7.4 writes when it saves docx.js's numbered documents as .doc
 * ({@code recipe/make-test-documents.sh}); the oracle is LibreOffice's own reading of the same
 * .doc ({@code numbering-formats.doc.txt}, its text export), which numbers the lists as the file
 * defines them.
 */
class DocListLabelsTest {
  static final Path DOCS = Path.of("src/test/resources/documents");

  static List<String> paragraphs(String name) throws Exception {
    try (InputStream in = Files.newInputStream(DOCS.resolve(name))) {
      DocumentText text = new DocReader().read(in, ReadContext.of(name, 1 << 24, null));
      return text.blocks().stream().map(TextBlock::text).toList();
    }
  }

  static String squeezed(String s) {
    return s.replace("\uFEFF", "").replaceAll("\\s+", "");
  }

  @Test
  void labelsAreThoseLibreOfficeShowsForTheSameDoc() throws Exception {
    List<String> ours = paragraphs("numbering-formats.doc").stream().map(DocListLabelsTest::squeezed).toList();
    List<String> libreOffice = Files.readAllLines(DOCS.resolve("numbering-formats.doc.txt"), StandardCharsets.UTF_8)
        .stream().map(DocListLabelsTest::squeezed).filter(l -> !l.isEmpty()).toList();
    assertThat(ours).isEqualTo(libreOffice);
    // What the file says, beyond the oracle's spacing: chineseCountingThousand from 9, the parts'
    // first 一、-level item in a list of its own, as LibreOffice writes the docx's w:startOverride
    assertThat(paragraphs("numbering-formats.doc")).contains("九、 优化营商环境", "十、 推进城市更新", "1.1 工作目标",
        "甲、 街道党工委", "甲、 街道办事处", "乙、 各居民区", "①排查隐患", "一.1 按季度通报");
  }

  @Test
  void theNumberedSampleSavedAsDocKeepsLibreOfficesSplitList() throws Exception {
    List<String> sections = paragraphs("jiangsu-road-2024-numbered.doc").stream()
        .filter(p -> p.matches("[一二三四五]、 .*")).map(p -> p.substring(0, 2)).toList();
    // LibreOffice put the first section in a list of its own: the file numbers 一、 一、 二、 三、
    assertThat(sections).containsExactly("一、", "一、", "二、", "三、");
  }
}

package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.io.spi.ReadContext;
import org.civicplan.io.spi.TextBlock;
import org.junit.jupiter.api.Test;

/**
 * Automatic numbering in a .docx written by a real producer (docx.js, {@code
 * recipe/numbering-formats.mjs}): every label as Word shows it, computed from the file's
 * numbering.xml, which states none of them.
 */
class WordNumberingDocxTest {
  static final Path FILE = Path.of("src/test/resources/documents/numbering-formats.docx");

  static List<String> paragraphs(DocumentReaderUnderTest reader, Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentText text = reader.read(in, ReadContext.of(file.getFileName().toString(), 1 << 24, null));
      return text.blocks().stream().map(TextBlock::text).toList();
    }
  }

  /** The reader a test runs: .docx or .doc. */
  interface DocumentReaderUnderTest {
    DocumentText read(InputStream in, ReadContext context) throws Exception;
  }

  /** The labels the file's paragraphs must show, in order, with the text that follows each. */
  static final List<String> EXPECTED = List.of(
      "自动编号格式样例",
      // chineseCountingThousand from 9, chineseCounting （%2） restarting under each
      "九、 优化营商环境", "（一） 做强楼宇经济", "（二） 稳住重点企业", "十、 推进城市更新", "（一） 改造老旧小区",
      "十一、 提升社区治理",
      // decimal %1. and %1.%2 (a space after it, not a tab)
      "1. 总体要求", "1.1 工作目标", "1.2 基本原则", "2. 重点任务", "2.1 完善服务体系",
      // ideographTraditional; the list's second instance (w:startOverride) starts again at 甲
      "甲、 街道党工委", "乙、 街道办事处", "丙、 各居民区", "甲、 社区党群服务中心", "乙、 社区事务受理中心",
      // decimalEnclosedCircle with no suffix
      "①排查隐患", "②落实整改", "③复查销号",
      // legal numbering: %1.%2 under chineseCounting is written 2.1
      "一、 组织保障", "二、 督查考核", "2.1 按季度通报");

  @Test
  void everyLabelIsWhatWordShows() throws Exception {
    assertThat(paragraphs((in, c) -> new DocxReader().read(in, c), FILE)).isEqualTo(EXPECTED);
  }
}

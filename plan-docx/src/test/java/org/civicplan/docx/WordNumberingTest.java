package org.civicplan.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Word's automatic-numbering labels computed from small numbering.xml definitions, written here
 * by hand the way Word writes them: number formats, {@code lvlText} patterns, start values,
 * restarts and {@code lvlOverride}.
 */
class WordNumberingTest {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** A numbering part holding {@code body} ({@code w:abstractNum} and {@code w:num} elements). */
  static WordNumbering numbering(String body) throws Exception {
    String xml = "<w:numbering xmlns:w=\"" + W + "\">" + body + "</w:numbering>";
    return new WordNumbering(SafeXml.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
  }

  /** One {@code w:lvl}: level, format, text, start, and any further properties. */
  static String lvl(int ilvl, String format, String text, int start, String more) {
    return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format + "\"/>"
        + "<w:lvlText w:val=\"" + text + "\"/>" + more + "</w:lvl>";
  }

  static String abstractNum(int id, String... levels) {
    return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + String.join("", levels) + "</w:abstractNum>";
  }

  static String num(int id, int abstractId, String overrides) {
    return "<w:num w:numId=\"" + id + "\"><w:abstractNumId w:val=\"" + abstractId + "\"/>" + overrides + "</w:num>";
  }

  static String startOverride(int ilvl, int start) {
    return "<w:lvlOverride w:ilvl=\"" + ilvl + "\"><w:startOverride w:val=\"" + start + "\"/></w:lvlOverride>";
  }

  /** The labels of paragraphs numbered {@code numId:ilvl} each, in order. */
  static List<String> labels(WordNumbering n, String... paragraphs) {
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      String[] parts = p.split(":");
      out.add(n.next(parts[0], Integer.parseInt(parts[1])));
    }
    return out;
  }

  @Test
  void chineseCountingThousandWritesTheNumberInWords() throws Exception {
    WordNumbering n = numbering(abstractNum(0, lvl(0, "chineseCountingThousand", "%1、", 9, ""))
        + num(1, 0, ""));
    // the tab after the label is read as one space
    assertThat(labels(n, "1:0", "1:0", "1:0", "1:0")).containsExactly("九、 ", "十、 ", "十一、 ", "十二、 ");
    assertThat(WordNumbering.format(20, "chineseCountingThousand")).isEqualTo("二十");
    assertThat(WordNumbering.format(101, "chineseCountingThousand")).isEqualTo("一百零一");
    assertThat(WordNumbering.format(110, "chineseCountingThousand")).isEqualTo("一百一十");
    assertThat(WordNumbering.format(1001, "chineseCountingThousand")).isEqualTo("一千零一");
    // chineseCounting (without “Thousand”) writes digit by digit from 100, as Word does
    assertThat(WordNumbering.format(99, "chineseCounting")).isEqualTo("九十九");
    assertThat(WordNumbering.format(101, "chineseCounting")).isEqualTo("一〇一");
  }

  @Test
  void ideographTraditionalCountsTheHeavenlyStems() throws Exception {
    WordNumbering n = numbering(abstractNum(0, lvl(0, "ideographTraditional", "%1、", 1, "")) + num(1, 0, ""));
    List<String> labels = labels(n, "1:0", "1:0", "1:0", "1:0", "1:0", "1:0", "1:0", "1:0", "1:0", "1:0");
    assertThat(String.join("", labels)).isEqualTo("甲、 乙、 丙、 丁、 戊、 己、 庚、 辛、 壬、 癸、 ");
  }

  @Test
  void decimalEnclosedCircleUpToTwenty() throws Exception {
    WordNumbering n = numbering(abstractNum(0, lvl(0, "decimalEnclosedCircle", "%1", 19, "<w:suff w:val=\"nothing\"/>"))
        + num(1, 0, ""));
    // w:suff nothing: no gap after the label
    assertThat(labels(n, "1:0", "1:0", "1:0")).containsExactly("⑲", "⑳", "21");
  }

  @Test
  void parenthesizedAndMultiLevelPatterns() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "decimal", "%1.", 1, ""),
            lvl(1, "decimal", "%1.%2", 1, "<w:suff w:val=\"space\"/>"),
            lvl(2, "chineseCounting", "（%3）", 1, ""))
        + num(1, 0, ""));
    assertThat(labels(n, "1:0", "1:1", "1:1", "1:2", "1:2", "1:0", "1:1", "1:2"))
        .containsExactly("1. ", "1.1 ", "1.2 ", "（一） ", "（二） ", "2. ", "2.1 ", "（一） ");
  }

  @Test
  void legalNumberingWritesEveryLevelInDecimal() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "chineseCounting", "%1、", 1, ""),
            lvl(1, "decimal", "%1.%2", 1, "<w:isLgl/>"))
        + num(1, 0, ""));
    assertThat(labels(n, "1:0", "1:0", "1:1")).containsExactly("一、 ", "二、 ", "2.1 ");
  }

  @Test
  void deeperLevelsRestartUnlessLvlRestartSaysOtherwise() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "chineseCounting", "%1、", 1, ""),
            lvl(1, "chineseCounting", "（%2）", 1, ""), // restarts after every 一、
            lvl(2, "decimal", "%3.", 1, "<w:lvlRestart w:val=\"0\"/>"), // never restarts
            lvl(3, "decimalEnclosedCircle", "%4", 1, "<w:lvlRestart w:val=\"1\"/>")) // only after level 1 (一、)
        + num(1, 0, ""));
    assertThat(labels(n, "1:0", "1:1", "1:2", "1:3", "1:1", "1:3", "1:0", "1:2", "1:3"))
        .containsExactly("一、 ", "（一） ", "1. ", "① ",
            "（二） ", "② ", // a （二） restarts neither the 1. nor the ①
            "二、 ", "2. ", "① "); // 二、 restarts the ① but not the 1.
  }

  @Test
  void listsOfOneDefinitionContinueEachOtherAndStartOverrideRestarts() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "chineseCounting", "%1、", 1, ""),
            lvl(1, "chineseCounting", "（%2）", 1, ""))
        + num(1, 0, "")
        + num(2, 0, "") // no override: the same counters as num 1
        + num(3, 0, startOverride(0, 1)) // starts the list again at 一
        + num(4, 0, startOverride(1, 5))); // its first （…） is （五）
    assertThat(labels(n, "1:0", "1:0", "2:0", "3:0", "3:1", "1:0", "4:1", "4:1", "3:0"))
        .containsExactly("一、 ", "二、 ", "三、 ", "一、 ", "（一） ", "二、 ", "（五） ", "（六） ",
            // the override counts once: num 3 used again continues
            "三、 ");
  }

  @Test
  void anOverridingLevelDefinitionAppliesToItsInstanceOnly() throws Exception {
    WordNumbering n = numbering(abstractNum(0, lvl(0, "chineseCounting", "%1、", 1, ""))
        + num(1, 0, "")
        + num(2, 0, "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, "decimalEnclosedCircle", "%1", 1, "") + "</w:lvlOverride>"));
    assertThat(labels(n, "1:0", "2:0", "1:0")).containsExactly("一、 ", "② ", "三、 ");
  }

  @Test
  void styleLinkedLevelsAndUnnumberedParagraphs() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "chineseCounting", "%1、", 1, "<w:pStyle w:val=\"Heading1\"/>"),
            lvl(1, "chineseCounting", "（%2）", 1, "<w:pStyle w:val=\"Heading2\"/>"))
        + num(1, 0, ""));
    assertThat(n.levelOfStyle("1", "Heading2")).isEqualTo(1);
    assertThat(n.levelOfStyle("1", "Normal")).isZero();
    assertThat(n.next("0", 0)).isNull(); // numId 0: numbering switched off
    assertThat(n.next("9", 0)).isNull(); // no such list
    assertThat(labels(n, "1:1")).containsExactly("（一） ");
  }

  @Test
  void aFirstItemAtADeeperLevelCountsItsParentsAsStarted() throws Exception {
    WordNumbering n = numbering(abstractNum(0,
            lvl(0, "decimal", "%1.", 1, ""),
            lvl(1, "decimal", "%1.%2", 1, ""))
        + num(1, 0, ""));
    assertThat(labels(n, "1:1", "1:0", "1:1")).containsExactly("1.1 ", "2. ", "2.1 ");
  }
}

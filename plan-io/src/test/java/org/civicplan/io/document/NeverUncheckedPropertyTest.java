package org.civicplan.io.document;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.civicplan.io.PlanFormatException;
import org.civicplan.io.chinese.IndicatorGrammar;
import org.civicplan.io.chinese.MentionGrammar;
import org.civicplan.io.chinese.Numberings;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/** Arbitrary text never makes the importer or the grammar throw anything unchecked. */
class NeverUncheckedPropertyTest {

  /** Text built from fragments the grammar reacts to, mixed with arbitrary code points. */
  static Gen<String> hostileText() {
    String[] fragments = {
      "# ", "## ", "**", "*", "一、", "（一）", "(一)", "一是", "第一，", "1.", "1、", "（1）", "①", "“", "”", "《", "》",
      "（", "）", "[", "](x)", "|", "| --- |", "\n", "\n\n", "\r\n", "。", "，", "；", "9处", "1.5万户", "5亿元", "6%左右",
      "、8%以上", "-", "—", "路1088弄", "小区", "集团", "2024年", "第六届", "2.0 版", "<!--", "-->", "```", "    ", "> ",
      "- ", "\u3000", "\uFEFF", "😀", "\\", "&amp;", "&#0;", "万亿", "两", "十二个", "不少于", "控制在", "以内"
    };
    return in -> {
      int n = integers().between(0, 60).generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (integers().between(1, 4).generate(in) == 1) {
          sb.appendCodePoint(integers().between(0x20, 0x2FFFF).generate(in));
        } else {
          sb.append(fragments[integers().between(0, fragments.length - 1).generate(in)]);
        }
      }
      return sb.toString().replace('\uD800', 'x'); // no lone surrogates from the code-point range
    };
  }

  @Test
  void readingArbitraryTextGivesAPlanOrAPlanFormatException() {
    PlanDocuments reader = PlanDocuments.create();
    PlanDocuments strict = PlanDocuments.builder().strict(true).build();
    qt().withExamples(2000)
        .forAll(hostileText())
        .check(text -> {
          for (DocumentFormat f : DocumentFormat.values()) {
            for (PlanDocuments r : new PlanDocuments[] {reader, strict}) {
              try {
                r.read(text, f, "arbitrary");
              } catch (PlanFormatException e) {
                if (e.getMessage() == null || e.getMessage().isEmpty()) {
                  return false;
                }
              }
            }
          }
          return true;
        });
  }

  @Test
  void grammarMatchesStayInsideTheirText() {
    qt().withExamples(2000)
        .forAll(hostileText())
        .check(text -> IndicatorGrammar.find(text).stream().allMatch(m -> m.end() <= text.length())
            && MentionGrammar.find(text).stream().allMatch(m -> text.substring(m.start(), m.end()).equals(m.value().text()))
            && (text.isEmpty() || Numberings.parse(text, 0).map(m -> m.end() <= text.length()).orElse(true)));
  }

  @Test
  void nothingInQuotesIsATarget() {
    qt().withExamples(2000)
        .forAll(hostileText())
        .check(text -> {
          String inner = text.replace("“", "").replace("”", "").replace("\"", "");
          return IndicatorGrammar.find("“" + inner + "”").isEmpty();
        });
  }
}

package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SourceText} answers line and column look-ups from a cursor on the last line it found:
 * whatever order the offsets come in, the answers are those of counting from the start.
 */
class SourceTextPropertyTest {

  @Test
  void lineAndColumnAgreeWithCountingFromTheStartInAnyOrderOfLookUps() {
    qt().withExamples(500)
        .forAll(
            NeverUncheckedPropertyTest.hostileText(),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 40))
        .checkAssert(
            (text, picks) -> {
              SourceText source = new SourceText(text);
              for (int pick : picks) {
                int offset = text.isEmpty() ? 0 : pick % (text.length() + 1);
                assertThat(source.line(offset)).as("line of %d", offset).isEqualTo(countedLine(text, offset));
                assertThat(source.column(offset)).as("column of %d", offset).isEqualTo(countedColumn(text, offset));
              }
            });
  }

  @Test
  void sequentialLookUpsOverEveryOffsetAgreeToo() {
    String text = "一、党建\n\n（一）坚持\r\n完成9处😀精品小区建设。\r最后一行";
    SourceText source = new SourceText(text);
    for (int offset : List.of(0, 1, 4, 5, 6, 10, 12, 20, 25, text.length())) {
      assertThat(source.line(offset)).isEqualTo(countedLine(text, offset));
    }
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(source.line(offset)).isEqualTo(countedLine(text, offset));
      assertThat(source.column(offset)).isEqualTo(countedColumn(text, offset));
    }
  }

  /** Lines end at \n, at \r\n, and at a lone \r. */
  private static int countedLine(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** Code points from the start of the offset's line, plus one. */
  private static int countedColumn(String text, int offset) {
    int start = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        start = i + 1;
      }
    }
    int end = Math.min(offset, text.length());
    return text.codePointCount(start, end) + 1;
  }
}

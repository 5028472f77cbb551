package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Columns of JSON byte offsets in UTF-16 characters: the same as counting from the line's start,
 * in document order or not, and linear work on a plan written on one line (issue #15: a compact
 * plan of many indicators took 4.18× the time per doubling of its size).
 */
class Utf16ColumnsTest {
  private static final String[] PIECES = {"{", "\"计划\"", "\n", "\r\n", "😀", "a", "\r", "é"};

  /** The column as a person counts it: UTF-16 characters since the last line break, plus one. */
  private static int naive(String text, int charIndex) {
    int start = charIndex;
    while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
      start--;
    }
    return charIndex - start + 1;
  }

  @Test
  void columnsAreCharactersSinceTheLineStartInAnyOrder() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(1, 20))
        .check((pieces, asks) -> {
          StringBuilder sb = new StringBuilder();
          List<Integer> byteOffsets = new ArrayList<>();
          List<Integer> charOffsets = new ArrayList<>();
          for (int k : pieces) {
            byteOffsets.add(sb.toString().getBytes(StandardCharsets.UTF_8).length);
            charOffsets.add(sb.length());
            sb.append(PIECES[k]);
          }
          byteOffsets.add(sb.toString().getBytes(StandardCharsets.UTF_8).length);
          charOffsets.add(sb.length());
          String text = sb.toString();
          Utf16Columns columns = new Utf16Columns(text.getBytes(StandardCharsets.UTF_8));
          for (int ask : asks) {
            int i = ask % byteOffsets.size();
            if (columns.column(byteOffsets.get(i)) != naive(text, charOffsets.get(i))) {
              return false;
            }
          }
          return true;
        });
  }

  @Test
  void aByteOrderMarkIsNotCounted() {
    byte[] bytes = "\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    Utf16Columns columns = new Utf16Columns(bytes);
    assertThat(columns.column(3)).isEqualTo(1);
    assertThat(columns.column(4)).isEqualTo(2);
    assertThat(new Utf16Columns(bytes).column(0)).isEqualTo(1);
  }

  /** Bytes looked at to give the column of every element of a one-line plan of n initiatives. */
  private static long work(int initiatives) {
    StringBuilder sb = new StringBuilder("{\"formatVersion\":\"1.0\",\"title\":\"测试\",\"sections\":[{\"goals\":[{\"initiatives\":[");
    for (int i = 0; i < initiatives; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"text\":\"引进企业。\",\"indicators\":[{\"name\":\"企业数\"}]}");
    }
    byte[] bytes = sb.append("]}]}]}").toString().getBytes(StandardCharsets.UTF_8);
    Utf16Columns columns = new Utf16Columns(bytes);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '{') {
        columns.column(i);
      }
    }
    return columns.scanned;
  }

  @Test
  void oneLineOfManyElementsIsCountedInLinearWork() {
    long n = work(5_000);
    long n2 = work(10_000);
    long n4 = work(20_000);
    assertThat((double) n2 / n).isLessThanOrEqualTo(2.3);
    assertThat((double) n4 / n2).isLessThanOrEqualTo(2.3);
  }
}

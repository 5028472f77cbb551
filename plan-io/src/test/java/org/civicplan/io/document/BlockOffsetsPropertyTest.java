package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@link Block} keeps its source offsets as runs once it is complete: every offset reads the
 * same as before, and a block changed afterwards (joined, trimmed, appended to) keeps them right.
 */
class BlockOffsetsPropertyTest {

  /** Offsets from steps: 1 is the next offset, anything else jumps (a dropped mark, an entity). */
  private static int[] offsets(List<Integer> steps) {
    int[] out = new int[steps.size()];
    int at = 7;
    for (int i = 0; i < out.length; i++) {
      at += steps.get(i) % 3 == 0 ? 1 + steps.get(i) % 11 : 1;
      out[i] = at;
    }
    return out;
  }

  private static Block block(int[] offsets, char first) {
    Block b = new Block(Block.Kind.PARAGRAPH);
    for (int i = 0; i < offsets.length; i++) {
      b.append((char) (first + i % 20), offsets[i]);
    }
    b.blockStart = offsets.length == 0 ? 0 : offsets[0];
    b.blockEnd = offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
    return b;
  }

  private static void assertOffsets(Block b, int[] expected) {
    assertThat(b.length()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(b.offsetOf(i)).as("offset of %d", i).isEqualTo(expected[i]);
      assertThat(b.endOffsetOf(i + 1)).as("end offset of %d", i + 1).isEqualTo(expected[i] + 1);
    }
    if (expected.length > 0) {
      assertThat(b.offsetOf(expected.length + 5)).isEqualTo(expected[expected.length - 1]);
      assertThat(b.endOffsetOf(0)).isEqualTo(expected[0]);
    }
  }

  @Test
  void compactedOffsetsReadAsBefore() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 100)).ofSizeBetween(0, 120))
        .checkAssert(steps -> {
          int[] expected = offsets(steps);
          Block b = block(expected, '甲');
          b.compact();
          assertOffsets(b, expected);
          b.compact(); // twice is once
          assertOffsets(b, expected);
        });
  }

  @Test
  void offsetsReadRightWhileTheBlockIsBuiltWhateverHowOftenTheyJump() {
    // Runs are kept from the first character; a block whose offsets jump at most characters
    // changes to one offset per character while it is built. Both must read the same.
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 100)).ofSizeBetween(0, 150), integers().between(1, 4))
        .checkAssert((steps, every) -> {
          int[] expected = new int[steps.size()];
          int at = 3;
          Block b = new Block(Block.Kind.PARAGRAPH);
          StringBuilder verbatim = new StringBuilder();
          int verbatimAt = -1;
          int filled = 0;
          for (int i = 0; i < expected.length; i++) {
            at += steps.get(i) % every == 0 ? 2 + steps.get(i) % 7 : 1;
            expected[i] = at;
          }
          for (int i = 0; i < expected.length; i++) {
            boolean next = i > 0 && expected[i] == expected[i - 1] + 1;
            if (steps.get(i) % 2 == 0 && next && verbatimAt >= 0) {
              verbatim.append((char) ('甲' + i % 20)); // continues the pending verbatim run
              continue;
            }
            if (verbatimAt >= 0) {
              b.appendVerbatim(verbatim.toString(), verbatimAt);
              filled += verbatim.length();
              verbatim.setLength(0);
              verbatimAt = -1;
            }
            if (steps.get(i) % 2 == 0) {
              verbatimAt = expected[i];
              verbatim.append((char) ('甲' + i % 20));
            } else {
              b.append((char) ('甲' + i % 20), expected[i]);
              filled++;
            }
            assertThat(b.length()).isEqualTo(filled);
            if (filled > 0) {
              assertThat(b.offsetOf(filled - 1)).isEqualTo(expected[filled - 1]);
            }
          }
          if (verbatimAt >= 0) {
            b.appendVerbatim(verbatim.toString(), verbatimAt);
          }
          assertOffsets(b, expected);
          b.compact();
          assertOffsets(b, expected);
        });
  }

  @Test
  void aBlockChangedAfterCompactingKeepsItsOffsets() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(1, 60),
            lists().of(integers().between(0, 100)).ofSizeBetween(1, 60))
        .checkAssert((first, second) -> {
          int[] a = offsets(first);
          int[] tail = offsets(second);
          int[] b = new int[tail.length];
          for (int i = 0; i < b.length; i++) {
            b[i] = tail[i] + a[a.length - 1] + 3; // the next paragraph, further on
          }
          Block x = block(a, '甲');
          Block y = block(b, '乙');
          x.compact();
          y.compact();
          x.join(y, "joined");
          int[] joined = new int[a.length + b.length];
          System.arraycopy(a, 0, joined, 0, a.length);
          System.arraycopy(b, 0, joined, a.length, b.length);
          assertOffsets(x, joined);
          assertThat(x.joins).singleElement().satisfies(j -> assertThat(j.at()).isEqualTo(a.length));

          x.append('丙', 10_000);
          int[] appended = java.util.Arrays.copyOf(joined, joined.length + 1);
          appended[joined.length] = 10_000;
          assertOffsets(x, appended);
        });
  }

  @Test
  void trimmingAfterCompactingDropsTheOffsetsOfTheSpaces() {
    Block b = new Block(Block.Kind.PARAGRAPH);
    int[] at = {3, 4, 5, 9, 10, 11, 12};
    String text = "  完成任务 ";
    for (int i = 0; i < text.length(); i++) {
      b.append(text.charAt(i), at[i]);
    }
    b.compact();
    b.trim();
    assertThat(b.text.toString()).isEqualTo("完成任务");
    assertOffsets(b, new int[] {5, 9, 10, 11});
  }
}

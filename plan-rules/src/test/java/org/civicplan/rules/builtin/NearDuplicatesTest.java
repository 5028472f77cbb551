package org.civicplan.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Initiative;
import org.civicplan.model.PlanNode;
import org.civicplan.model.testing.PlanGenerators;
import org.civicplan.rules.Fixtures;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final List<PlanNode> NODES = nodes(200);

  private static List<PlanNode> nodes(int n) {
    Initiative[] initiatives = new Initiative[n];
    for (int i = 0; i < n; i++) {
      initiatives[i] = Fixtures.initiative("举措" + i);
    }
    return Fixtures.withInitiatives(initiatives).nodes()
        .filter(node -> node.kind() == ElementKind.INITIATIVE)
        .toList();
  }

  /** The definition: letters and digits, lower-cased, code point by code point. */
  private static String normalizedByDefinition(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString();
  }

  @Test
  void normalizingAgreesWithTheDefinitionOnArbitraryText() {
    qt().withExamples(2000)
        .forAll(PlanGenerators.text())
        .checkAssert(t -> assertThat(NearDuplicates.normalize(t)).isEqualTo(normalizedByDefinition(t)));
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      assertThat(NearDuplicates.normalize(one)).as("U+%04X", c).isEqualTo(normalizedByDefinition(one));
    }
    String edges = "\u4DFF\u4E00\u9FFC\u9FFD\u9FFF\uD800x\uDC00ＡＢ\uD840\uDC00Zz09 _";
    assertThat(NearDuplicates.normalize(edges)).isEqualTo(normalizedByDefinition(edges));
  }

  @Test
  void nearDuplicateDetectionFindsEveryExactRepeat() {
    // Texts from a few phrases, written with varying punctuation, spaces and letter case: every
    // text whose letters and digits repeat an earlier text's is reported, at similarity 1, with the
    // first text that had them.
    String[] phrases = {"推进", "垃圾箱房", "改建", "Smart", "社区", "12", "标准化"};
    String[] glue = {"", "，", " ", "。", "“"};
    qt().withExamples(300)
        .forAll(lists().of(lists().of(integers().between(0, 34)).ofSizeBetween(1, 5)).ofSizeBetween(1, 200))
        .checkAssert(texts -> {
          NearDuplicates finder = new NearDuplicates(0.8, 4);
          Map<String, PlanNode> first = new HashMap<>();
          for (int t = 0; t < texts.size(); t++) {
            StringBuilder sb = new StringBuilder();
            for (int code : texts.get(t)) {
              String phrase = phrases[code % phrases.length];
              sb.append(code % 2 == 0 ? phrase : phrase.toUpperCase()).append(glue[code / 7]);
            }
            String text = sb.toString();
            String normal = normalizedByDefinition(text);
            NearDuplicates.Match match = finder.add(NODES.get(t), text);
            if (normal.codePointCount(0, normal.length()) < 4) {
              assertThat(match).isNull();
              continue;
            }
            PlanNode earlier = first.putIfAbsent(normal, NODES.get(t));
            if (earlier != null) {
              assertThat(match).isEqualTo(new NearDuplicates.Match(earlier, 1.0));
            } else if (match != null) {
              assertThat(match.similarity()).isGreaterThanOrEqualTo(0.8).isLessThanOrEqualTo(1.0);
            }
          }
        });
  }

  @Test
  void theFingerprintBoundIsSymmetricAndNeverBelowTheCommonBigrams() {
    // Sets of hashes from a small universe, so that they overlap; mixed like bigram hashes.
    qt().withExamples(2000)
        .forAll(
            lists().of(integers().between(0, 150)).ofSizeBetween(1, 120),
            lists().of(integers().between(0, 150)).ofSizeBetween(1, 120))
        .checkAssert((xs, ys) -> {
          long[] a = hashes(xs);
          long[] b = hashes(ys);
          Set<Long> common = new HashSet<>();
          for (long h : a) {
            common.add(h);
          }
          Set<Long> bs = new HashSet<>();
          for (long h : b) {
            bs.add(h);
          }
          common.retainAll(bs);
          long fa = NearDuplicates.fingerprint(a, a.length);
          long fb = NearDuplicates.fingerprint(b, b.length);
          int bound = NearDuplicates.commonAtMost(fa, a.length, fb, b.length);
          assertThat(bound).isGreaterThanOrEqualTo(common.size());
          assertThat(NearDuplicates.commonAtMost(fb, b.length, fa, a.length)).isEqualTo(bound);
          assertThat(bound).isLessThanOrEqualTo(Math.min(a.length, b.length));
        });
  }

  /** Distinct mixed hashes of the given small numbers. */
  private static long[] hashes(List<Integer> xs) {
    return xs.stream().distinct().mapToLong(x -> NearDuplicates.mix(x + 1)).toArray();
  }

  @Test
  void identicalBigramSetsBoundNothingAway() {
    long[] a = hashes(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
    long fa = NearDuplicates.fingerprint(a, a.length);
    assertThat(NearDuplicates.commonAtMost(fa, a.length, fa, a.length)).isEqualTo(a.length);
    long[] other = hashes(List.of(100, 101, 102, 103, 104, 105, 106, 107, 108));
    long fo = NearDuplicates.fingerprint(other, other.length);
    assertThat(NearDuplicates.commonAtMost(fa, a.length, fo, other.length))
        .isLessThan(a.length);
  }

  @Test
  void aRepeatWithOneWordChangedIsFoundAmongManyUnrelatedTexts() {
    List<PlanNode> nodes = nodes(2002);
    NearDuplicates finder = new NearDuplicates(0.8, 12);
    java.util.Random random = new java.util.Random(7);
    String original = "完善龙明片区15分钟社区生活圈，完成架空线入地，强化考核评估，畅通诉求表达渠道，完善常态长效管理机制。";
    assertThat(finder.add(nodes.get(0), original)).isNull();
    for (int i = 1; i <= 2000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 40; k++) {
        sb.appendCodePoint(0x4E00 + random.nextInt(2000));
      }
      finder.add(nodes.get(i), sb.toString());
    }
    NearDuplicates.Match match =
        finder.add(nodes.get(2001), "完善晨江片区15分钟社区生活圈，完成架空线入地，强化考核评估，畅通诉求表达渠道，完善常态长效管理机制。");
    assertThat(match).isNotNull();
    assertThat(match.earlier()).isEqualTo(nodes.get(0));
    assertThat(match.similarity()).isEqualTo(41.0 / 47.0);
  }
}

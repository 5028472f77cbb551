package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.model.Baseline;
import org.civicplan.model.Indicator;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every accepted and rejected quantity pattern of docs/import-grammar.md, read from the table
 * {@code grammar/quantity-cases.tsv}: each text gives exactly the indicators listed, or none, or
 * (for {@code !}) none and one quantity reported unreadable.
 */
class QuantityCasesTest {

  static List<String[]> cases() throws Exception {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        QuantityCasesTest.class.getResourceAsStream("/grammar/quantity-cases.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }

  static Stream<Arguments> table() throws Exception {
    return cases().stream().map(c -> Arguments.of(c[0], c));
  }

  @Test
  void theTableHoldsEveryCaseOfTheIssue() throws Exception {
    assertThat(cases()).hasSizeGreaterThan(100);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void readsAsTheTableSays(String text, String[] row) {
    IndicatorGrammar.Reading reading = IndicatorGrammar.read(text);
    List<Indicator> found = reading.indicators().stream().map(TextMatch::value).toList();
    if (row[1].equals("-")) {
      assertThat(found).as(text).isEmpty();
      assertThat(reading.unreadable()).as(text).isEmpty();
      return;
    }
    if (row[1].equals("!")) {
      assertThat(found).as(text).isEmpty();
      assertThat(reading.unreadable()).as(text).hasSize(1);
      TextMatch<String> u = reading.unreadable().get(0);
      assertThat(u.end()).isLessThanOrEqualTo(text.length());
      return;
    }
    assertThat(reading.unreadable()).as(text).isEmpty();
    List<String> expected = List.of(row).subList(1, row.length);
    assertThat(found).as(text).hasSize(expected.size());
    for (int k = 0; k < expected.size(); k++) {
      String[] e = expected.get(k).split("\\|", -1);
      Indicator i = found.get(k);
      Target t = i.target().orElseThrow();
      assertThat(i.name()).as(text + " name").isEqualTo(e[0]);
      assertThat(i.measureKind().name()).as(text + " kind").isEqualTo(e[1]);
      assertThat(t.comparator().name()).as(text + " comparator").isEqualTo(e[2]);
      if (e[3].contains("..")) {
        String[] b = e[3].split("\\.\\.");
        assertThat(t.value()).as(text + " lower").isEqualByComparingTo(b[0]);
        assertThat(t.upperValue()).as(text + " upper").hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(b[1]));
      } else {
        assertThat(t.value()).as(text + " value").isEqualByComparingTo(e[3]);
        assertThat(t.value().toPlainString()).as(text + " value as written").isEqualTo(new BigDecimal(e[3]).toPlainString());
        assertThat(t.upperValue()).isEmpty();
      }
      assertThat(t.unit().orElseThrow().written()).as(text + " unit").isEqualTo(e[4]);
      assertThat(t.unit().orElseThrow().normalized()).as(text + " normalized").isEqualTo(e[5]);
      if (e.length > 6) {
        String[] b = e[6].split("@");
        Baseline base = i.baseline().orElseThrow();
        assertThat(base.value()).as(text + " baseline").isEqualByComparingTo(b[0]);
        if (b.length > 1) {
          assertThat(base.period().orElseThrow().start().getYear()).isEqualTo(Integer.parseInt(b[1]));
        }
      } else {
        assertThat(i.baseline()).as(text + " baseline").isEmpty();
      }
    }
  }
}

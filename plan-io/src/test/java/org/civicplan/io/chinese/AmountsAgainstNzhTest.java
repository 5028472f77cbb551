package org.civicplan.io.chinese;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.civicplan.model.Comparator;
import org.civicplan.model.Indicator;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.Target;
import org.junit.jupiter.api.Test;

/**
 * Amounts with 万 and 亿 inside the indicator grammar, for every number of the table the npm
 * package nzh wrote (plan-model's test data {@code numerals/nzh-numerals.tsv.gz}, recipe beside
 * it): {@code 安排资金<numeral>万元} and {@code …亿元} each give one exact MONEY target whose value
 * times its multiplier is the number times 10⁴ or 10⁸, in both the lowercase and the 一十 forms.
 */
class AmountsAgainstNzhTest {

  private static List<String[]> table() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
        AmountsAgainstNzhTest.class.getResourceAsStream("/numerals/nzh-numerals.tsv.gz")), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\\t");
        rows.add(new String[] {f[0], f[1], f[2].equals("=") ? f[1] : f[2]});
      }
    }
    return rows;
  }

  private static BigDecimal scaled(Target t) {
    String written = t.unit().orElseThrow().written();
    int exponent = written.startsWith("万亿") ? 12 : written.startsWith("亿") ? 8 : written.startsWith("万") ? 4 : 0;
    return t.value().movePointRight(exponent);
  }

  @Test
  void everyAmountOfTheTableIsReadExactly() throws Exception {
    int checked = 0;
    for (String[] row : table()) {
      BigDecimal n = new BigDecimal(row[0]);
      if (n.signum() == 0) {
        continue;
      }
      for (String form : new String[] {row[1], row[2]}) {
        for (String unit : new String[] {"万元", "亿元"}) {
          if (form.contains("亿") || unit.equals("万元") && form.contains("万")) {
            continue; // 三万万元 and 三亿亿元 are not how amounts are written
          }
          String text = "安排资金" + form + unit + "用于改造";
          List<TextMatch<Indicator>> found = IndicatorGrammar.find(text);
          assertThat(found).as(text).hasSize(1);
          Indicator k = found.get(0).value();
          Target t = k.target().orElseThrow();
          assertThat(k.measureKind()).isEqualTo(MeasureKind.MONEY);
          assertThat(t.comparator()).isEqualTo(Comparator.EXACTLY);
          assertThat(t.unit().orElseThrow().written()).as(text).endsWith("元");
          BigDecimal expected = n.movePointRight(unit.equals("万元") ? 4 : 8);
          assertThat(scaled(t)).as(text).isEqualByComparingTo(expected);
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(20_000);
  }
}

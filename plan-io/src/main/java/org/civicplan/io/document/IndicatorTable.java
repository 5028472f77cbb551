package org.civicplan.io.document;

import java.util.List;
import org.civicplan.io.chinese.IndicatorGrammar;
import org.civicplan.io.chinese.TextMatch;
import org.civicplan.model.Indicator;

/**
 * A table of indicators (主要指标表: 指标名称 | 单位 | 2024年完成 | 2025年目标 | 属性), as plans of
 * national economic and social development and government work reports give their main targets:
 * one {@link Indicator} per row whose target cell begins with a number, for the element the table
 * stands in (the goal, else the section, else the plan's own targets). The row is read as the
 * sentence it stands for ({@code 地区生产总值增长} + {@code 6} + {@code %} + {@code 左右}) by the same
 * {@link IndicatorGrammar} as any text, so names, units, comparators and directions are read
 * alike; the indicator's span is the target cell. A target that is not a number (完成省下达任务)
 * gives none. The rows stay in the text as they are; which column is the target is decided by
 * its header: 目标, 计划 or 预期, or the plan's year, and never 完成, 实际 or 预计 (last year's).
 */
final class IndicatorTable {
  private IndicatorTable() {}

  /** The columns of an indicator table, or null if the header is not one. */
  record Columns(int name, int unit, int target) {}

  static Columns columns(List<Block> header, Integer planYear) {
    int name = -1;
    int unit = -1;
    int target = -1;
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c).text.toString().strip();
      boolean past = h.contains("完成") || h.contains("实际") || h.contains("预计") || h.contains("上年");
      if (name < 0 && h.contains("指标") && !h.contains("属性") && !h.contains("类型")) {
        name = c;
      } else if (unit < 0 && h.contains("单位") && !h.contains("责任") && !h.contains("牵头") && !h.contains("配合")) {
        unit = c;
      } else if (!past && (h.contains("目标") || h.contains("计划") || h.contains("预期")
          || planYear != null && h.startsWith(planYear + "年"))) {
        target = c;
      }
    }
    return name >= 0 && target >= 0 ? new Columns(name, unit, target) : null;
  }

  /** Reads the rows after the header into {@code owner}. */
  static void read(Assembly a, List<List<Block>> rows, Columns columns, List<Indicator> owner) {
    for (int r = 1; r < rows.size(); r++) {
      List<Block> row = rows.get(r);
      if (columns.target() >= row.size() || columns.name() >= row.size()) {
        continue;
      }
      Block cell = row.get(columns.target());
      String value = cell.text.toString();
      int start = 0;
      while (start < value.length() && Character.isWhitespace(value.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '.'
          || "-—–～~至到".indexOf(value.charAt(end)) >= 0 && end + 1 < value.length()
              && Character.isDigit(value.charAt(end + 1)))) {
        end++; // 6.5-7: a range, the unit after both bounds
      }
      if (end == start) {
        continue; // 完成省下达任务: no number, no target
      }
      String name = row.get(columns.name()).text.toString().strip();
      String unit = columns.unit() >= 0 && columns.unit() < row.size() ? row.get(columns.unit()).text.toString().strip() : "";
      if (unit.isEmpty()) { // 地区生产总值增长（%）: the unit in the name
        int open = Math.max(name.lastIndexOf('（'), name.lastIndexOf('('));
        if (open > 0 && (name.endsWith("）") || name.endsWith(")"))) {
          unit = name.substring(open + 1, name.length() - 1).strip();
          name = name.substring(0, open).strip();
        }
      }
      String sentence = name + value.substring(start, end) + unit + value.substring(end).strip();
      int numberAt = name.length();
      for (TextMatch<Indicator> k : IndicatorGrammar.find(sentence)) {
        if (k.start() <= numberAt && numberAt < k.end()) {
          owner.add(Indicator.builder().from(k.value())
              .sourceSpan(a.source.span(cell.offsetOf(start), cell.endOffsetOf(value.length()))).build());
          break;
        }
      }
    }
  }
}

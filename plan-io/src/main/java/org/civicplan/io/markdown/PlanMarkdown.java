package org.civicplan.io.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.io.chinese.NumberingMark;
import org.civicplan.io.chinese.Numberings;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.Target;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Writes a plan as a clean Markdown document in the conventions of Chinese work plans, which
 * {@link org.civicplan.io.document.PlanDocuments} reads back:
 *
 * <pre>
 * # 江苏路街道 2024 年工作计划
 *
 * 2024 年是……（preamble paragraphs）
 *
 * ## 一、“招、留、增”全面发力，经济发展奋力一跃
 *
 * 践行……（the section's introduction）
 *
 * **一是招商引资，挖掘更大潜力。**聚焦存量中的增量……（the goal's narrative）
 *
 * | 任务 | 牵头单位 | 配合单位 | 完成时限 |   (initiatives that are not in the narrative, when they
 * | --- | --- | --- | --- |                   have units or deadlines; else one paragraph each)
 * </pre>
 *
 * <p>Table columns and deadlines the importer kept as extensions ({@link
 * PlanDocuments#COLUMN_EXTENSION_PREFIX}, {@link PlanDocuments#DUE_EXTENSION}) are written back as
 * columns and as the 完成时限 cell, and short names as a first 项目名称 column, so a Markdown →
 * JSON → Markdown round trip keeps them.
 *
 * <p>Sections are written {@code 一、} and goals {@code 一是}, {@code （一）} or {@code 第一，} as
 * numbered; a missing or other number is replaced by the element's position in that style.
 * Markdown-significant ASCII characters in text are backslash-escaped and line breaks inside a
 * text become spaces. Vision, keywords, organization and period are not written separately:
 * they are read from the title, preamble and section titles that carry them. The plan's targets
 * and the indicators of sections and goals are read back from the text that states them; those
 * their owner's text does not state are written as target phrases: a {@code 主要预期目标：…}
 * paragraph after the preamble, a {@code 主要目标：…} paragraph after a section's introduction, in
 * brackets at the end of a goal's lead-in. The document number is written as a paragraph before
 * the preamble.
 *
 * <pre>{@code
 * String markdown = PlanMarkdown.create().write(plan);
 * }</pre>
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class PlanMarkdown {
  private static final PlanMarkdown INSTANCE = new PlanMarkdown();

  private PlanMarkdown() {}

  /** @return the writer */
  public static PlanMarkdown create() {
    return INSTANCE;
  }

  /**
   * @param plan a plan
   * @return the plan as a Markdown document ending with a newline
   */
  public String write(Plan plan) {
    StringBuilder sb = new StringBuilder();
    try {
      write(plan, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder never throws
    }
    return sb.toString();
  }

  /**
   * @param plan a plan
   * @param out where to write; not closed
   * @throws IOException if writing fails
   */
  public void write(Plan plan, Writer out) throws IOException {
    out.write(write(plan));
  }

  private void write(Plan plan, Appendable out) throws IOException {
    out.append("# ").append(inline(plan.title(), true)).append("\n\n");
    plan.documentNumber().ifPresent(n -> {
      try {
        paragraph(out, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    for (String p : plan.preamble()) {
      paragraph(out, p);
    }
    targets(out, "主要预期目标：", plan.targets(), String.join("", plan.preamble()));
    List<Section> sections = plan.sections();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      String marker = marker(section.number(), s + 1, NumberingStyle.CHINESE_ENUMERATION_COMMA, 1);
      out.append("## ").append(marker).append(inline(section.title(), false)).append("\n\n");
      for (String p : section.introduction()) {
        paragraph(out, p);
      }
      targets(out, "主要目标：", section.indicators(), section.title() + String.join("", section.introduction()));
      NumberingStyle goalStyle = goalStyle(section);
      for (int g = 0; g < section.goals().size(); g++) {
        goal(plan, out, section.goals().get(g), g + 1, goalStyle);
      }
    }
  }

  private static NumberingStyle goalStyle(Section section) {
    for (Goal g : section.goals()) {
      if (g.number().isPresent()) {
        NumberingStyle st = g.number().get().style();
        if (st == NumberingStyle.CHINESE_PARENTHESIZED || st == NumberingStyle.CHINESE_SHI || st == NumberingStyle.CHINESE_ORDINAL) {
          return st;
        }
      }
    }
    return NumberingStyle.CHINESE_SHI;
  }

  private void goal(Plan plan, Appendable out, Goal goal, int position, NumberingStyle style) throws IOException {
    int rank = style == NumberingStyle.CHINESE_PARENTHESIZED ? 2 : 3;
    Optional<Numbering> number = goal.number().filter(n -> n.style() == style);
    String marker = marker(number, position, style, rank);
    StringBuilder lead = new StringBuilder("**").append(marker).append(inline(goal.name(), false));
    goal.statement().ifPresent(st -> lead.append('，').append(inline(st, false)));
    lead.append("。**");
    List<String> narrative = goal.narrative();
    String missing = targetPhrases(goal.indicators(), goal.name() + goal.statement().orElse(""));
    if (!missing.isEmpty()) {
      lead.insert(lead.length() - 3, "（" + inline(missing, false) + "）");
    }
    out.append(lead);
    int first = 0;
    if (!narrative.isEmpty()) {
      out.append(inline(narrative.get(0), false));
      first = 1;
    }
    out.append("\n\n");
    for (int i = first; i < narrative.size(); i++) {
      paragraph(out, narrative.get(i));
    }
    List<Initiative> extra = notInNarrative(goal);
    if (extra.isEmpty()) {
      return;
    }
    // Columns the importer kept as extensions (org.civicplan.io:column:备注) come back as columns.
    List<String> columns = new ArrayList<>();
    for (Initiative i : extra) {
      for (String key : i.extensions().keySet()) {
        String name = columnName(key);
        if (name != null && !columns.contains(name)) {
          columns.add(name);
        }
      }
    }
    boolean names = extra.stream().anyMatch(i -> i.shortName().isPresent());
    boolean table = !columns.isEmpty() || names || extra.stream().anyMatch(i -> i.leadUnit().isPresent()
        || !i.supportingUnits().isEmpty() || i.due().isPresent() || dueText(i) != null);
    if (!table) {
      for (Initiative i : extra) {
        paragraph(out, i.text());
      }
      return;
    }
    out.append(names ? "| 项目名称 | 任务 | 牵头单位 | 配合单位 | 完成时限 |" : "| 任务 | 牵头单位 | 配合单位 | 完成时限 |");
    for (String c : columns) {
      out.append(' ').append(cell(c)).append(" |");
    }
    out.append(names ? "\n| --- | --- | --- | --- | --- |" : "\n| --- | --- | --- | --- |")
        .append(" --- |".repeat(columns.size())).append('\n');
    for (Initiative i : extra) {
      String due = i.due().map(PlanMarkdown::date).orElseGet(() -> dueText(i) == null ? "" : cell(dueText(i)));
      if (names) {
        out.append("| ").append(cell(i.shortName().orElse(""))).append(' ');
      }
      out.append("| ").append(cell(i.text()))
          .append(" | ").append(cell(i.leadUnit().map(id -> unitName(plan, id)).orElse("")))
          .append(" | ").append(cell(String.join("、", i.supportingUnits().stream().map(id -> unitName(plan, id)).toList())))
          .append(" | ").append(due)
          .append(" |");
      for (String c : columns) {
        ExtensionValue v = i.extensions().get(PlanDocuments.COLUMN_EXTENSION_PREFIX + c);
        out.append(' ').append(v instanceof ExtensionValue.StringValue sv ? cell(sv.value()) : "").append(" |");
      }
      out.append('\n');
    }
    out.append('\n');
  }

  /** The header of a column kept as an extension, or null if the key is not one. */
  private static String columnName(String key) {
    if (!key.startsWith(PlanDocuments.COLUMN_EXTENSION_PREFIX)) {
      return null;
    }
    String name = key.substring(PlanDocuments.COLUMN_EXTENSION_PREFIX.length());
    return name.isBlank() || name.contains("#") ? null : name;
  }

  /** A deadline kept as text because it is not a date (长期坚持), or null. */
  private static String dueText(Initiative i) {
    ExtensionValue v = i.extensions().get(PlanDocuments.DUE_EXTENSION);
    return v instanceof ExtensionValue.StringValue sv && !sv.value().isBlank() ? sv.value() : null;
  }

  /**
   * Writes, as one paragraph opened by {@code label}, the indicators that {@code stated} (the
   * owner's own text) does not already state, so that they are not lost; nothing if it states
   * them all.
   */
  private static void targets(Appendable out, String label, List<Indicator> indicators, String stated)
      throws IOException {
    String missing = targetPhrases(indicators, stated);
    if (!missing.isEmpty()) {
      paragraph(out, label + missing + "。");
    }
  }

  /** The indicators {@code stated} does not name with their value, as target phrases joined by ，. */
  private static String targetPhrases(List<Indicator> indicators, String stated) {
    StringBuilder sb = new StringBuilder();
    for (Indicator k : indicators) {
      if (k.target().isEmpty()) {
        continue;
      }
      Target t = k.target().get();
      String value = t.value().toPlainString();
      if (stated.contains(k.name()) && stated.contains(value)) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('，');
      }
      sb.append(k.name());
      String unit = t.unit().map(MeasureUnit::written).orElse("");
      switch (t.comparator()) {
        case AT_LEAST -> sb.append("不少于").append(value).append(unit);
        case AT_MOST -> sb.append("不超过").append(value).append(unit);
        case ABOUT -> sb.append(value).append(unit).append("左右");
        case BETWEEN -> sb.append(value).append('-').append(t.upperValue().map(java.math.BigDecimal::toPlainString).orElse(value)).append(unit);
        default -> sb.append(value).append(unit);
      }
    }
    return sb.toString();
  }

  private static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static String unitName(Plan plan, String id) {
    return plan.unit(id).map(OrganizationalUnit::name).orElse(id);
  }

  /** Initiatives whose text does not stand, in order, in the goal's narrative. */
  private static List<Initiative> notInNarrative(Goal goal) {
    String narrative = squash(String.join("", goal.narrative()));
    List<Initiative> out = new ArrayList<>();
    int at = 0;
    for (Initiative i : goal.initiatives()) {
      String t = squash(i.text());
      int found = t.isEmpty() ? at : narrative.indexOf(t, at);
      if (found < 0) {
        out.add(i);
      } else {
        at = found + t.length();
      }
    }
    return out;
  }

  private static String squash(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String marker(Optional<Numbering> number, int position, NumberingStyle style, int rank) {
    if (number.isPresent() && number.get().style() == style) {
      String m = number.get().marker();
      Optional<NumberingMark> back = Numberings.parse(m, 0);
      if (back.isPresent() && back.get().rank() == rank && back.get().end() == m.length()
          && back.get().numbering().equals(number.get())) {
        return m;
      }
    }
    int ordinal = number.map(Numbering::ordinal).filter(o -> o > 0).orElse(position);
    return Numbering.of(ordinal, ChineseNumerals.toChinese(ordinal), style).marker();
  }

  private static void paragraph(Appendable out, String text) throws IOException {
    String t = inline(text, true);
    if (!t.isBlank()) {
      out.append(t).append("\n\n");
    }
  }

  private static String cell(String text) {
    return inline(text, false).replace("|", "\\|");
  }

  /**
   * Escapes Markdown-significant characters; at the start of a block also those that would open
   * a heading, quote, list or code block.
   */
  static String inline(String text, boolean blockStart) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    String t = text.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(' ');
        continue;
      }
      if ("\\`*_[]<>&|~!#".indexOf(c) >= 0) {
        sb.append('\\');
      } else if (i == 0 && blockStart && "+-=>".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    if (blockStart) {
      int d = 0;
      while (d < sb.length() && d < 10 && Character.isDigit(sb.charAt(d)) && sb.charAt(d) < 128) {
        d++;
      }
      if (d > 0 && d < sb.length() && (sb.charAt(d) == '.' || sb.charAt(d) == ')')) {
        sb.insert(d, '\\');
      }
    }
    return sb.toString();
  }
}

package org.civicplan.tasks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.Comparator;
import org.civicplan.model.ElementKind;
import org.civicplan.model.InitiativeStatus;
import org.civicplan.model.Target;

/**
 * The one place for the words of a task sheet in both languages: column headers, status names
 * (未启动 / not started…), level names (全计划, 部分, 目标, 举措), comparator names (不少于 / at
 * least…), and how cell text is compared.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** The fixed columns, in sheet order; period columns follow them. */
  enum Column {
    PLACE("序号", "No."),
    SECTION("所属部分", "Section"),
    LEVEL("层级", "Level"),
    ID("编号", "Id"),
    INDICATOR_ID("指标编号", "Indicator id"),
    TASK("工作任务", "Task"),
    INDICATOR("指标", "Indicator"),
    COMPARATOR("比较", "Comparator"),
    TARGET("目标值", "Target"),
    UNIT("单位", "Unit"),
    LEAD("牵头单位", "Lead unit"),
    SUPPORTING("责任单位", "Supporting units"),
    DUE("完成时限", "Due"),
    STATUS("状态", "Status");

    final String chinese;
    final String english;

    Column(String chinese, String english) {
      this.chinese = chinese;
      this.english = english;
    }

    String header(SheetLanguage language) {
      return language == SheetLanguage.CHINESE ? chinese : english;
    }

    static Optional<Column> ofHeader(String header) {
      String h = normalize(header);
      for (Column c : values()) {
        if (h.equals(c.chinese) || h.equalsIgnoreCase(c.english)) {
          return Optional.of(c);
        }
      }
      return Optional.empty();
    }
  }

  static final String NOTE_ZH = "完成情况";
  static final String VALUE_ZH = "完成值";
  static final String NOTE_EN = "progress";
  static final String VALUE_EN = "value";

  static String noteHeader(ReportingPeriod p, SheetLanguage language, boolean withYear) {
    return language == SheetLanguage.CHINESE
        ? (withYear ? p.year() + "年" : "") + p.chineseName() + " " + NOTE_ZH
        : p.code() + " " + NOTE_EN;
  }

  static String valueHeader(ReportingPeriod p, SheetLanguage language, boolean withYear) {
    return language == SheetLanguage.CHINESE
        ? (withYear ? p.year() + "年" : "") + p.chineseName() + " " + VALUE_ZH
        : p.code() + " " + VALUE_EN;
  }

  private static final Map<InitiativeStatus, String[]> STATUS = new EnumMap<>(InitiativeStatus.class);
  private static final Map<ElementKind, String[]> LEVEL = new EnumMap<>(ElementKind.class);
  private static final Map<Comparator, String[]> COMPARATOR = new EnumMap<>(Comparator.class);

  static {
    STATUS.put(InitiativeStatus.NOT_STARTED, new String[] {"未启动", "not started"});
    STATUS.put(InitiativeStatus.IN_PROGRESS, new String[] {"推进中", "in progress"});
    STATUS.put(InitiativeStatus.DONE, new String[] {"已完成", "done"});
    STATUS.put(InitiativeStatus.DELAYED, new String[] {"滞后", "delayed"});
    STATUS.put(InitiativeStatus.CANCELLED, new String[] {"已取消", "cancelled"});
    LEVEL.put(ElementKind.PLAN, new String[] {"全计划", "plan"});
    LEVEL.put(ElementKind.SECTION, new String[] {"部分", "section"});
    LEVEL.put(ElementKind.GOAL, new String[] {"目标", "goal"});
    LEVEL.put(ElementKind.INITIATIVE, new String[] {"举措", "initiative"});
    COMPARATOR.put(Comparator.AT_LEAST, new String[] {"不少于", "at least"});
    COMPARATOR.put(Comparator.AT_MOST, new String[] {"不超过", "at most"});
    COMPARATOR.put(Comparator.EXACTLY, new String[] {"完成", "exactly"});
    COMPARATOR.put(Comparator.ABOUT, new String[] {"左右", "about"});
    COMPARATOR.put(Comparator.BETWEEN, new String[] {"区间", "between"});
  }

  static String status(InitiativeStatus s, SheetLanguage language) {
    return STATUS.get(s)[language == SheetLanguage.CHINESE ? 0 : 1];
  }

  static List<String> statusNames(SheetLanguage language) {
    return STATUS.keySet().stream().map(s -> status(s, language)).toList();
  }

  /** @return the status a cell names, in either language */
  static Optional<InitiativeStatus> statusOf(String text) {
    String t = normalize(text);
    for (Map.Entry<InitiativeStatus, String[]> e : STATUS.entrySet()) {
      if (t.equals(e.getValue()[0]) || t.equalsIgnoreCase(e.getValue()[1])) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * @return the 层级 a row's element has: 全计划 for the plan's own targets (主要预期目标), 部分 and
   *     目标 for a section's and a goal's, 举措 for an initiative
   */
  static String level(ElementKind kind, SheetLanguage language) {
    return LEVEL.get(kind)[language == SheetLanguage.CHINESE ? 0 : 1];
  }

  /** @return whether a 层级 cell names the kind, in either language */
  static boolean isLevel(String text, ElementKind kind) {
    String t = normalize(text);
    return t.equals(LEVEL.get(kind)[0]) || t.equalsIgnoreCase(LEVEL.get(kind)[1]);
  }

  static String comparator(Comparator c, SheetLanguage language) {
    return COMPARATOR.get(c)[language == SheetLanguage.CHINESE ? 0 : 1];
  }

  /** @return the target's value as a sheet shows it: {@code 9}, or {@code 6 至 8} / {@code 6 to 8} */
  static String targetText(Target t, SheetLanguage language) {
    String v = plain(t.value());
    return t.upperValue().isPresent()
        ? v + (language == SheetLanguage.CHINESE ? " 至 " : " to ") + plain(t.upperValue().get())
        : v;
  }

  /**
   * Plain notation for ordinary magnitudes, scientific beyond them (a cell cannot hold a
   * billion zeros).
   */
  static String plain(BigDecimal v) {
    int exponent = v.precision() - v.scale() - 1;
    return exponent > 30 || exponent < -30 ? v.toString() : v.toPlainString();
  }

  /**
   * The form in which cell text is compared: NFKC (full-width digits, letters and spaces become
   * ASCII), line breaks unified, runs of white space made one space, trimmed.
   */
  static String normalize(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0') {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.PlanKind;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Reads the title line: {@code 江苏路街道 2024 年工作计划} → organization 江苏路街道, year 2024,
 * kind annual work plan. The organization is the text before the year; a prefix ending in 省, 市,
 * 区 or 县 that the title itself states becomes a superior body ({@code 长宁区江苏路街道} →
 * 江苏路街道 under 长宁区). Nothing is inferred from outside the title.
 */
final class TitleLine {
  final Optional<IssuingOrganization> organization;
  final Optional<Integer> year;
  final PlanKind kind;

  private TitleLine(Optional<IssuingOrganization> organization, Optional<Integer> year, PlanKind kind) {
    this.organization = organization;
    this.year = year;
    this.kind = kind;
  }

  static TitleLine parse(String title) {
    int n = title.length();
    int yearStart = -1;
    int yearValue = 0;
    for (int i = 0; i < n && yearStart < 0; i++) {
      int j = i;
      while (j < n && j - i < 5 && (Character.isDigit(title.charAt(j)) && title.charAt(j) < 128 || ChineseNumerals.digitValue(title.charAt(j)) >= 0 && title.charAt(j) != '两')) {
        j++;
      }
      if (j - i == 4) {
        int k = j;
        while (k < n && title.charAt(k) == ' ') {
          k++;
        }
        if (k < n && title.charAt(k) == '年') {
          Optional<java.math.BigDecimal> v = ChineseNumerals.parse(title.substring(i, j));
          if (v.isPresent() && v.get().intValue() >= 1949 && v.get().intValue() <= 2200) {
            yearStart = i;
            yearValue = v.get().intValue();
          }
        }
      }
    }
    Optional<Integer> year = yearStart >= 0 ? Optional.of(yearValue) : Optional.empty();
    Optional<IssuingOrganization> org = Optional.empty();
    if (yearStart > 0) {
      String name = bodyName(title.substring(0, yearStart).strip());
      if (!name.isEmpty()) {
        List<String> superiors = new ArrayList<>();
        String own = split(name, superiors);
        org = Optional.of(IssuingOrganization.builder().name(own).superiorBodies(superiors).build());
      }
    }
    return new TitleLine(org, year, kindOf(title));
  }

  /**
   * The text before the year up to the end of the body it names: a news title's verb is no part
   * of the name ({@code 白石县部署2024年重点工作} → 白石县).
   */
  private static String bodyName(String name) {
    if (endsWithBody(name)) {
      return name;
    }
    int best = -1;
    for (String e : new String[] {"街道", "镇", "乡", "区", "县", "市", "局", "委员会", "办公室", "人民政府", "社区", "村"}) {
      int at = name.lastIndexOf(e);
      if (at > 0 && at + e.length() > best) {
        best = at + e.length();
      }
    }
    return best > 1 ? name.substring(0, best) : name;
  }

  /**
   * An organization from a body's name as written ({@code 上海市长宁区江苏路街道}), with the superior
   * bodies it states split off.
   */
  static IssuingOrganization organizationNamed(String name) {
    List<String> superiors = new ArrayList<>();
    String own = split(name.strip(), superiors);
    return IssuingOrganization.builder().name(own).superiorBodies(superiors).build();
  }

  /** Splits off superior bodies the name states; returns the body's own name. */
  private static String split(String name, List<String> superiors) {
    for (int p = name.length() - 2; p >= 1; p--) {
      char c = name.charAt(p);
      if (c == '省' || c == '市' || c == '区' || c == '县') {
        String rest = name.substring(p + 1);
        if (rest.length() >= 2 && endsWithBody(rest)) {
          String prefix = name.substring(0, p + 1);
          List<String> higher = new ArrayList<>();
          String own = split(prefix, higher);
          superiors.add(own);
          superiors.addAll(higher);
          return rest;
        }
      }
    }
    return name;
  }

  private static boolean endsWithBody(String s) {
    for (String e : new String[] {"街道", "镇", "乡", "区", "县", "市", "局", "委员会", "办公室", "人民政府", "社区", "村", "委", "办"}) {
      if (s.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  private static PlanKind kindOf(String title) {
    if (title.contains("政府工作报告")) {
      return PlanKind.GOVERNMENT_WORK_REPORT;
    }
    if (title.contains("任务分解") || title.contains("责任分解")) {
      return PlanKind.TASK_DECOMPOSITION;
    }
    if (title.contains("进展情况") || title.contains("执行情况") || title.contains("完成情况") || title.contains("推进情况")) {
      return PlanKind.PROGRESS_REPORT;
    }
    if (title.contains("工作要点")) {
      return PlanKind.WORK_POINTS;
    }
    if (title.contains("重点工作安排") || title.contains("重点任务安排")) {
      return PlanKind.KEY_TASKS;
    }
    if (title.contains("规划") || title.contains("行动方案") || title.contains("行动计划")) {
      return PlanKind.MULTI_YEAR_PROGRAMME;
    }
    return PlanKind.ANNUAL_WORK_PLAN;
  }
}

package org.civicplan.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicplan.model.Period;

/**
 * A period offices report on (报告期): a quarter (季度), a half year (上半年 / 下半年) or a whole
 * year (全年), named by a code such as {@code 2024Q2}, {@code 2024H1} or {@code 2024}.
 *
 * <pre>{@code
 * ReportingPeriod q2 = ReportingPeriod.parse("2024Q2");
 * q2.period();                                     // 2024-04-01..2024-06-30
 * q2.chineseName();                                // 二季度
 * ReportingPeriod.parseRange("2024Q1..2024Q4");    // the four quarters of 2024
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportingPeriod {
  private static final Pattern CODE = Pattern.compile("(\\d{4})(?:([QqHh])([1-4]))?");
  private static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};
  private static final String[] HALVES = {"上半年", "下半年"};

  private final int year;
  /** 'Q', 'H' or 'Y'. */
  private final char kind;
  private final int index;

  private ReportingPeriod(int year, char kind, int index) {
    this.year = year;
    this.kind = kind;
    this.index = index;
  }

  /**
   * @param year a year
   * @param quarter 1 to 4
   * @return that quarter
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("a quarter is 1 to 4, not " + quarter);
    }
    return new ReportingPeriod(year, 'Q', quarter);
  }

  /**
   * @param year a year
   * @return its four quarters
   */
  public static List<ReportingPeriod> quarters(int year) {
    return List.of(quarter(year, 1), quarter(year, 2), quarter(year, 3), quarter(year, 4));
  }

  /**
   * @param code {@code 2024Q1}…{@code 2024Q4}, {@code 2024H1}, {@code 2024H2} or {@code 2024}
   * @return the period
   * @throws IllegalArgumentException if the code is none of these
   */
  public static ReportingPeriod parse(String code) {
    Matcher m = CODE.matcher(code.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "\"" + code + "\" is not a reporting period; expected 2024Q1, 2024H1 or 2024");
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return new ReportingPeriod(year, 'Y', 1);
    }
    char kind = Character.toUpperCase(m.group(2).charAt(0));
    int index = Integer.parseInt(m.group(3));
    if (kind == 'H' && index > 2) {
      throw new IllegalArgumentException("\"" + code + "\": a year has two halves, H1 and H2");
    }
    return new ReportingPeriod(year, kind, index);
  }

  /**
   * @param range {@code 2024Q1..2024Q4} (every quarter from the first to the last, across years
   *     too), a comma-separated list {@code 2024Q2,2024H1}, or one code
   * @return the periods in order
   * @throws IllegalArgumentException if a code is unreadable or a range runs backwards or mixes kinds
   */
  public static List<ReportingPeriod> parseRange(String range) {
    List<ReportingPeriod> out = new ArrayList<>();
    for (String part : range.split(",")) {
      int dots = part.indexOf("..");
      if (dots < 0) {
        out.add(parse(part));
        continue;
      }
      ReportingPeriod from = parse(part.substring(0, dots));
      ReportingPeriod to = parse(part.substring(dots + 2));
      if (from.kind != to.kind) {
        throw new IllegalArgumentException("\"" + part + "\" mixes kinds of period");
      }
      int per = from.kind == 'Q' ? 4 : from.kind == 'H' ? 2 : 1;
      int a = from.year * per + from.index - 1;
      int b = to.year * per + to.index - 1;
      if (b < a) {
        throw new IllegalArgumentException("\"" + part + "\" runs backwards");
      }
      if (b - a > 400) {
        throw new IllegalArgumentException("\"" + part + "\" names more than 400 periods");
      }
      for (int i = a; i <= b; i++) {
        out.add(new ReportingPeriod(i / per, from.kind, i % per + 1));
      }
    }
    return List.copyOf(out);
  }

  /** @return the code, such as {@code 2024Q2} */
  public String code() {
    return kind == 'Y' ? Integer.toString(year) : year + String.valueOf(kind) + index;
  }

  /** @return the Chinese name without the year: 二季度, 上半年, 全年 */
  public String chineseName() {
    return kind == 'Q' ? QUARTERS[index - 1] : kind == 'H' ? HALVES[index - 1] : "全年";
  }

  /** @return the year */
  public int year() {
    return year;
  }

  /** @return the days it covers, labelled with its Chinese name and year, such as 2024年二季度 */
  public Period period() {
    LocalDate start;
    LocalDate end;
    if (kind == 'Q') {
      start = LocalDate.of(year, 3 * index - 2, 1);
      end = start.plusMonths(3).minusDays(1);
    } else if (kind == 'H') {
      start = LocalDate.of(year, index == 1 ? 1 : 7, 1);
      end = start.plusMonths(6).minusDays(1);
    } else {
      start = LocalDate.of(year, 1, 1);
      end = LocalDate.of(year, 12, 31);
    }
    return Period.of(start, end).withLabel(year + "年" + chineseName());
  }

  /**
   * @param p a period
   * @return whether {@code p} covers exactly the same days
   */
  boolean sameDays(Period p) {
    Period mine = period();
    return mine.start().equals(p.start()) && mine.end().equals(p.end());
  }

  /**
   * Reads a period from a sheet's header: {@code 二季度}, {@code 2024年二季度}, {@code 上半年},
   * {@code 全年} or a code {@code 2024Q2}.
   *
   * @param name the name as written
   * @param defaultYear the year for names without one, if known
   * @return the period, if the name is one
   */
  static Optional<ReportingPeriod> fromName(String name, Optional<Integer> defaultYear) {
    String s = name.strip();
    if (CODE.matcher(s).matches()) {
      return Optional.of(parse(s));
    }
    Integer year = defaultYear.orElse(null);
    Matcher y = Pattern.compile("^(\\d{4})年(.*)$").matcher(s);
    if (y.matches()) {
      year = Integer.parseInt(y.group(1));
      s = y.group(2).strip();
    }
    if (year == null) {
      return Optional.empty();
    }
    for (int i = 0; i < QUARTERS.length; i++) {
      if (s.equals(QUARTERS[i]) || s.equals("第" + QUARTERS[i])) {
        return Optional.of(new ReportingPeriod(year, 'Q', i + 1));
      }
    }
    for (int i = 0; i < HALVES.length; i++) {
      if (s.equals(HALVES[i])) {
        return Optional.of(new ReportingPeriod(year, 'H', i + 1));
      }
    }
    return s.equals("全年") || s.equals("年度") ? Optional.of(new ReportingPeriod(year, 'Y', 1)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportingPeriod r && r.year == year && r.kind == kind && r.index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, kind, index);
  }

  @Override
  public String toString() {
    return code();
  }
}

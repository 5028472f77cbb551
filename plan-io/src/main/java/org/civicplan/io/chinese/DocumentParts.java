package org.civicplan.io.chinese;

import java.util.Optional;
import org.civicplan.model.quantity.TargetCues;

/**
 * The vocabulary of the parts of a plan document that carry no numbering of their own: review
 * headings (工作回顾, 成绩单), label paragraphs ({@code 党建工作：…}), bullets ({@code ●■•-}), inline
 * enumerations ({@code …工作。一是…。二是…。}), annexes ({@code 附件}) and the notice that issues a
 * plan ({@code 关于印发…的通知}).
 *
 * <pre>{@code
 * DocumentParts.isReviewHeading("一、2023年工作回顾");                 // true
 * DocumentParts.labelEnd("党建工作：深化“红色物业”。");                // 4, the index of ：
 * DocumentParts.notice("区政府办公室关于印发《江苏路街道2024年工作计划》的通知")
 *     .map(DocumentParts.Notice::title);                            // Optional[江苏路街道2024年工作计划]
 * DocumentParts.inlineEnumeration("重点抓好三方面。一是稳增长。二是惠民生。", 0); // 8, where 一是 starts
 * }</pre>
 *
 * <p>Stateless and thread-safe; every test is linear in its text.
 */
public final class DocumentParts {
  private DocumentParts() {}

  private static final String[] PLAN_WORDS = {"计划", "安排", "目标", "打算", "思路", "任务", "要点", "举措", "重点"};

  /**
   * A heading of a part that reports results rather than plans work: {@code 2023年工作回顾},
   * {@code ■ 2024年成绩单}, {@code 一、上半年工作完成情况}. The words are the model's, {@link
   * TargetCues#REVIEW_HEADING_WORDS}, shared with the rules.
   *
   * @param heading a section title or a short heading line
   * @return whether it heads a review
   */
  public static boolean isReviewHeading(CharSequence heading) {
    return TargetCues.isReviewHeading(heading);
  }

  /**
   * A short line that heads a part of an unnumbered document: one set off by a bullet such as
   * {@code ■} or {@code ◆} or by {@code 【】}, without a sentence end, that names a review or a plan
   * ({@code ■ 2024年成绩单}, {@code ■ 2025年工作安排}).
   *
   * @param line a paragraph
   * @return whether it heads a part
   */
  public static boolean isPartHeading(CharSequence line) {
    int ts = strippedStart(line);
    int te = strippedEnd(line, ts);
    if (te == ts || te - ts > 30) {
      return false; // as below, without copying a long paragraph first
    }
    String t = line.subSequence(ts, te).toString();
    if (t.isEmpty() || t.length() > 30) {
      return false;
    }
    char c = t.charAt(0);
    boolean set = c == '■' || c == '◆' || c == '▲' || c == '【' || c == '★';
    if (!set || hasSentenceEnd(t)) {
      return false;
    }
    if (isReviewHeading(t)) {
      return true;
    }
    for (String w : PLAN_WORDS) {
      if (t.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A label paragraph ({@code 党建工作：…}, {@code 经济工作:…}): a label of 2 to 12 characters with
   * no punctuation, a colon, then text.
   *
   * @param paragraph a paragraph
   * @return the index of the colon, or -1 if the paragraph is not a label paragraph
   */
  public static int labelEnd(CharSequence paragraph) {
    int n = Math.min(paragraph.length(), 14);
    for (int i = 0; i < n; i++) {
      char c = paragraph.charAt(i);
      if (c == '：' || c == ':') {
        if (i < 2 || i + 1 >= paragraph.length()) {
          return -1;
        }
        String label = paragraph.subSequence(0, i).toString();
        if (Responsibilities.isKey(label) || label.endsWith("时间") || label.endsWith("日期") || label.endsWith("来源")) {
          return -1;
        }
        return i;
      }
      if (!Chars.isCjk(c) && !Chars.isAsciiLetter(c) && !Chars.isAsciiDigit(c) && c != '“' && c != '”') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * @param paragraph a paragraph
   * @return the length of a leading bullet and the space after it ({@code ● }, {@code ■}, {@code •},
   *     {@code - }, {@code ◆}, {@code ▲}, {@code ★}, {@code ☆}, {@code ○}, {@code ◎}, {@code ※}), or 0
   */
  public static int bulletEnd(CharSequence paragraph) {
    if (paragraph.length() < 2) {
      return 0;
    }
    char c = paragraph.charAt(0);
    if ("●■•◆▲★☆○◎※·▪▶►".indexOf(c) < 0 && !(c == '-' || c == '*' || c == '—')) {
      return 0;
    }
    if ((c == '-' || c == '*' || c == '—') && !(paragraph.charAt(1) == ' ' || Chars.isCjk(paragraph.charAt(1)))) {
      return 0;
    }
    int i = 1;
    while (i < paragraph.length() && (paragraph.charAt(i) == ' ' || paragraph.charAt(i) == '\u3000')) {
      i++;
    }
    return i;
  }

  /**
   * The start of the next inline enumeration item ({@code 一是}, {@code 二是} … {@code 十是}) at or after
   * {@code from} (which must stand outside quotes): one that stands at the paragraph's start or
   * right after {@code 。；;：:} outside quotes, and is followed by text.
   *
   * @param paragraph a paragraph
   * @param from where to start looking
   * @return the index of the item's numeral, or -1
   */
  public static int inlineEnumeration(CharSequence paragraph, int from) {
    int n = paragraph.length();
    int depth = 0;
    for (int i = from; i < n - 2; i++) {
      char c = paragraph.charAt(i);
      if (c == '“' || c == '《' || c == '（' || c == '(') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '）' || c == ')') && depth > 0) {
        depth--;
      }
      if (depth > 0) {
        continue;
      }
      boolean after = i == 0 || "。；;：:".indexOf(paragraph.charAt(i - 1)) >= 0;
      if (after && "一二三四五六七八九十".indexOf(c) >= 0 && paragraph.charAt(i + 1) == '是') {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param line a paragraph
   * @return whether it opens an annex: {@code 附件}, {@code 附件1}, {@code 附件：}, {@code 附件一} alone,
   *     or followed by a title
   */
  public static boolean isAnnexLine(CharSequence line) {
    int ts = strippedStart(line);
    int te = strippedEnd(line, ts);
    if (te - ts > 60) {
      return false; // as below, without copying a long paragraph first
    }
    String t = line.subSequence(ts, te).toString();
    if (!t.startsWith("附件") || t.length() > 60) {
      return false;
    }
    int i = 2;
    while (i < t.length() && (Chars.isAsciiDigit(t.charAt(i)) || "一二三四五".indexOf(t.charAt(i)) >= 0)) {
      i++;
    }
    if (i == t.length()) {
      return true;
    }
    char c = t.charAt(i);
    return (c == '：' || c == ':' || c == ' ' || c == '\u3000') && !hasSentenceEnd(t);
  }

  /**
   * Whether a heading reports progress on the plan's own targets: 进展情况, 执行情况, 完成情况,
   * 推进情况 ({@code 二、一季度工作进展情况}), at most 40 characters.
   *
   * @param heading a section title or goal name
   * @return whether its part reports progress
   */
  public static boolean isProgressHeading(CharSequence heading) {
    String t = heading.toString();
    return t.length() <= 40 && (t.contains("进展情况") || t.contains("执行情况") || t.contains("完成情况") || t.contains("推进情况"));
  }

  /** How a speech or report addresses its audience at the close: 同志们，… 各位代表，… */
  private static final String[] ADDRESSES = {"同志们", "各位代表", "各位委员", "各位领导"};
  /** Closing formulas of a report or notice, the whole paragraph: 以上报告，请予审议。 */
  private static final String[] CLOSING_FORMULAS = {"请予审议", "请审议", "请予审查", "特此通知", "特此报告", "特此函告"};

  /**
   * Whether a paragraph is the closing words of a speech, report or notice: an appeal
   * ({@code 让我们…，为…而努力奋斗！}, or any paragraph ending in 奋斗！), an address to the audience
   * ({@code 同志们，…}, {@code 各位代表！…}; not the salutation {@code 各位代表：} that opens a speech), or a closing formula alone ({@code 以上报告，请予审议。},
   * {@code 特此通知。}). They state no work and no target.
   *
   * @param paragraph a paragraph
   * @return whether it is closing words
   */
  public static boolean isClosingWords(CharSequence paragraph) {
    // Read in place: every paragraph is asked, and copying each to a String cost more than the test.
    int s = strippedStart(paragraph);
    int e = strippedEnd(paragraph, s);
    int n = e - s;
    if (n == 0) {
      return false;
    }
    if (Chars.startsWith(paragraph, s, "让我们") || Chars.startsWith(paragraph, e - 3, "奋斗！") || Chars.startsWith(paragraph, e - 3, "奋斗!")) {
      return true;
    }
    for (String w : ADDRESSES) {
      if (Chars.startsWith(paragraph, s, w) && n > w.length() + 2 && "，,！!".indexOf(paragraph.charAt(s + w.length())) >= 0) {
        return true;
      }
    }
    if (n <= 24) {
      String t = paragraph.subSequence(s, e).toString();
      for (String w : CLOSING_FORMULAS) {
        if (t.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Where {@link String#strip()} would start {@code t}. */
  private static int strippedStart(CharSequence t) {
    int s = 0;
    while (s < t.length() && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    return s;
  }

  /** Where {@link String#strip()} would end {@code t}, given where it starts. */
  private static int strippedEnd(CharSequence t, int s) {
    int e = t.length();
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** A notice that issues a plan: who issues it and the title of the plan it issues. */
  public record Notice(String issuer, String title) {}

  /**
   * Reads a notice title: {@code XX区人民政府办公室关于印发《XX街道2024年工作计划》的通知} → issuer
   * XX区人民政府办公室, title XX街道2024年工作计划. Also 关于下发, 关于转发, 关于公布 and titles
   * without 《》. A notice that does not issue a document ({@code 关于做好…工作的通知}) is itself the
   * plan and gives nothing here.
   *
   * @param title a title line
   * @return the notice, if the title is one
   */
  public static Optional<Notice> notice(CharSequence title) {
    String t = title.toString().strip();
    int about = t.indexOf("关于");
    if (about < 0 || !(t.endsWith("的通知") || t.endsWith("的通报") || t.endsWith("的函"))) {
      return Optional.empty();
    }
    int end = t.lastIndexOf('的');
    int start = -1;
    for (String verb : new String[] {"印发", "下发", "转发", "公布", "发布", "报送"}) {
      if (t.startsWith(verb, about + 2)) {
        start = about + 2 + verb.length();
        break;
      }
    }
    if (start < 0 || end <= start) {
      return Optional.empty();
    }
    String inner = t.substring(start, end).strip();
    if (inner.startsWith("《") && inner.endsWith("》")) {
      inner = inner.substring(1, inner.length() - 1).strip();
    }
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Notice(t.substring(0, about).strip(), inner));
  }

  /**
   * Whether a text holds a sentence: {@code 。！？；} after at least four ideographs, or a run of
   * at least eight ideographs in one clause (digits and {@code ，、%} do not end it: {@code
   * 完成老旧小区加装电梯30台}). A list of links, numbers or short names holds none.
   *
   * @param text a paragraph
   * @return whether it holds a sentence
   */
  public static boolean hasSentence(CharSequence text) {
    int ideographs = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Chars.isCjk(c)) {
        ideographs++;
        run++;
        if (run >= 8) {
          return true;
        }
      } else if ("。！？；".indexOf(c) >= 0) {
        if (ideographs >= 4) {
          return true;
        }
        ideographs = 0;
        run = 0;
      } else if (c == '，' || c == '、' || c == '“' || c == '”' || c == '%' || c == '.' || Chars.isAsciiDigit(c)) {
        // a clause goes on: 完成加装电梯30台
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static boolean hasSentenceEnd(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ("。！？；".indexOf(t.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}

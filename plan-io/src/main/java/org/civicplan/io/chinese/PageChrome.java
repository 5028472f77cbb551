package org.civicplan.io.chinese;

import java.util.Optional;

/**
 * The lines that web pages and apps put around a plan copied from them (页面信息): breadcrumbs,
 * publication lines, font and print tools, reading counters, page numbers, site banners, and the
 * document-number line of an official document. None of them is plan text.
 *
 * <pre>{@code
 * PageChrome.classify("首页 > 政务公开 > 计划总结");          // Optional[BREADCRUMB]
 * PageChrome.classify("发布时间：2024-01-18 15:22 信息来源：区政府办");  // Optional[PUBLICATION]
 * PageChrome.documentNumber("蔡政办〔2023〕1号");            // Optional[蔡政办〔2023〕1号]
 * PageChrome.classify("推进9处精品小区建设。");              // Optional.empty
 * }</pre>
 *
 * <p>A line is chrome only as a whole: it must be short (at most {@value #MAX_LENGTH} characters)
 * and consist of chrome, so a sentence that happens to contain 来源 stays text. Stateless and
 * thread-safe; each test is linear in the line.
 */
public final class PageChrome {
  private PageChrome() {}

  /** Longest line that can be chrome. */
  public static final int MAX_LENGTH = 120;

  /** What a chrome line is. */
  public enum Kind {
    /** 首页 > 政务公开 > 文件通知, 当前位置：… */
    BREADCRUMB,
    /** 发布时间：…, 信息来源：…, 索引号：…, 发文机关：…: data about the publication. */
    PUBLICATION,
    /** 蔡政办〔2023〕1号: the document number (发文字号). */
    DOCUMENT_NUMBER,
    /** 字体：[大 中 小], 打印本页, 关闭窗口, 分享到, 扫一扫, 阅读次数, 版权所有, ICP备: page tools, counters, the footer. */
    PAGE_TOOL,
    /** — 1 —, 第1页 共3页: page numbers. */
    PAGE_NUMBER,
    /** XX区人民政府门户网站, 欢迎访问…: a site banner. */
    BANNER
  }

  private static final String[] PUBLICATION_LABELS = {
    "发布时间", "发布日期", "发文日期", "成文日期", "印发日期", "发布机构", "信息来源", "文章来源", "来源", "索引号",
    "主题分类", "发文机关", "公开方式", "公开范围", "文号", "发文字号", "作者", "责任编辑", "编辑", "审核", "校对", "时间",
    "日期", "浏览次数", "阅读次数", "点击数", "访问次数", "浏览量", "阅读量", "信息分类", "体裁分类", "有效性"
  };

  /** Words that, alone on a short line, make it a page tool: none of them is plan language. */
  private static final String[] TOOL_WORDS = {
    "字体：", "字体:", "字号：", "字号:", "无障碍", "打印本页", "打印此页", "【打印】", "[打印]", "关闭窗口", "关闭本页",
    "【关闭】", "[关闭]", "分享到", "扫一扫", "返回顶部", "上一篇", "下一篇", "打开APP", "下载APP", "在手机上打开",
    "用微信扫", "阅读次数", "浏览次数", "点击数", "【大】", "【中】", "【小】", "大 中 小", "大中小", "[大]", "[中]", "[小]",
    "版权所有", "ICP备", "网站标识码", "公网安备", "技术支持：", "QQ空间", "微信 微博"
  };

  private static final String[] BANNER_ENDINGS = {"门户网站", "政府网", "网站", "政务服务网", "客户端", "APP", "公众号"};

  /**
   * @param line one line or paragraph, trimmed
   * @return what kind of chrome the line is, or empty if it is (or may be) plan text
   */
  public static Optional<Kind> classify(CharSequence line) {
    if (line.length() == 0 || line.length() > MAX_LENGTH * 2 || hasSentenceEnd(line)) {
      return Optional.empty(); // nearly every paragraph of a plan: one scan, nothing built
    }
    String t = line.toString().strip();
    int n = t.length();
    if (n == 0 || n > MAX_LENGTH) {
      return Optional.empty();
    }
    if (documentNumber(t).isPresent()) {
      return Optional.of(Kind.DOCUMENT_NUMBER);
    }
    if (isPageNumber(t)) {
      return Optional.of(Kind.PAGE_NUMBER);
    }
    boolean separators = t.indexOf('>') >= 0 || t.indexOf('＞') >= 0 || t.indexOf('›') >= 0 || t.indexOf('»') >= 0
        || t.indexOf('→') >= 0;
    if ((t.startsWith("当前位置") || t.startsWith("您的位置") || t.startsWith("您现在的位置") || t.startsWith("所在位置"))
        || (separators && (t.contains("首页") || t.contains("主页") || countOf(t, '>') + countOf(t, '＞') + countOf(t, '›') + countOf(t, '»') >= 2))) {
      return Optional.of(Kind.BREADCRUMB);
    }
    int labels = 0;
    for (String label : PUBLICATION_LABELS) {
      int at = t.indexOf(label);
      if (at >= 0 && at + label.length() < n && isColon(t.charAt(at + label.length()))) {
        labels++;
      }
    }
    if (labels > 0 && (startsWithLabel(t, PUBLICATION_LABELS) || labels >= 2)) {
      return Optional.of(isToolLine(t) && !startsWithLabel(t, new String[] {"发布", "信息来源", "来源", "索引号", "发文"})
          ? Kind.PAGE_TOOL : Kind.PUBLICATION);
    }
    if (isToolLine(t)) {
      return Optional.of(Kind.PAGE_TOOL);
    }
    if (n <= 30 && (t.startsWith("欢迎访问") || t.startsWith("欢迎来到"))) {
      return Optional.of(Kind.BANNER);
    }
    for (String e : BANNER_ENDINGS) {
      if (n <= 30 && t.endsWith(e) && !t.contains("建设") && !t.contains("推进")) {
        return Optional.of(Kind.BANNER);
      }
    }
    return Optional.empty();
  }

  private static boolean isToolLine(String t) {
    int found = 0;
    for (String w : TOOL_WORDS) {
      if (t.contains(w)) {
        found++;
      }
    }
    // A tool line is made of tools: a short line with one, or any line with two.
    return found >= 2 || (found == 1 && t.length() <= 24);
  }

  private static boolean startsWithLabel(String t, String[] labels) {
    String s = t.startsWith("【") || t.startsWith("[") ? t.substring(1) : t;
    for (String label : labels) {
      if (s.startsWith(label)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The document number (发文字号) a line consists of: an issuer's abbreviation, the year in
   * {@code 〔〕}, {@code []}, {@code ［］} or {@code （）}, then a number and 号: {@code 蔡政办〔2023〕1号},
   * {@code 沪府发[2024]3号}. The line may be labelled ({@code 文号：…}).
   *
   * @param line a line, trimmed
   * @return the document number as written, if the whole line is one
   */
  public static Optional<String> documentNumber(CharSequence line) {
    String t = line.toString().strip();
    for (String label : new String[] {"发文字号", "文号"}) {
      if (t.startsWith(label) && t.length() > label.length() && isColon(t.charAt(label.length()))) {
        t = t.substring(label.length() + 1).strip();
      }
    }
    int n = t.length();
    if (n < 7 || n > 30 || t.charAt(n - 1) != '号') {
      return Optional.empty();
    }
    int open = -1;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '〔' || c == '[' || c == '［' || c == '（' || c == '(' || c == '【') {
        open = i;
        break;
      }
    }
    if (open < 1 || open + 6 > n) {
      return Optional.empty();
    }
    for (int i = 0; i < open; i++) {
      if (!Chars.isCjk(t.charAt(i))) {
        return Optional.empty();
      }
    }
    for (int i = open + 1; i < open + 5; i++) {
      if (!Chars.isAsciiDigit(t.charAt(i))) {
        return Optional.empty();
      }
    }
    char close = t.charAt(open + 5);
    if (close != '〕' && close != ']' && close != '］' && close != '）' && close != ')' && close != '】') {
      return Optional.empty();
    }
    int digits = 0;
    for (int i = open + 6; i < n - 1; i++) {
      if (!Chars.isAsciiDigit(t.charAt(i))) {
        return Optional.empty();
      }
      digits++;
    }
    return digits >= 1 && digits <= 5 ? Optional.of(t) : Optional.empty();
  }

  /**
   * The value after a label such as {@code 发布时间} in a publication line, up to the next run of
   * whitespace followed by another label, or the line's end.
   *
   * @param line a publication line
   * @param label the label, such as 发布时间 or 来源
   * @return the value, trimmed, if the line has the label followed by a colon
   */
  public static Optional<String> field(CharSequence line, String label) {
    String t = line.toString();
    int from = 0;
    while (true) {
      int at = t.indexOf(label, from);
      if (at < 0) {
        return Optional.empty();
      }
      int c = at + label.length();
      boolean ownLabel = at == 0 || !Chars.isCjk(t.charAt(at - 1));
      if (c < t.length() && isColon(t.charAt(c)) && ownLabel) {
        int s = c + 1;
        int e = s;
        while (e < t.length()) {
          if (Character.isWhitespace(t.charAt(e)) || t.charAt(e) == '\u3000') {
            int k = e;
            while (k < t.length() && (Character.isWhitespace(t.charAt(k)) || t.charAt(k) == '\u3000')) {
              k++;
            }
            if (k < t.length() && startsLabel(t, k)) {
              break;
            }
            if (label.contains("时间") || label.contains("日期")) {
              // a date and a time of day: 2024-01-18 15:22
              if (k < t.length() && Chars.isAsciiDigit(t.charAt(k))) {
                e = k;
                continue;
              }
              break;
            }
          }
          if (t.charAt(e) == '|' || t.charAt(e) == '】' || t.charAt(e) == ']') {
            break;
          }
          e++;
        }
        String v = t.substring(s, e).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
      }
      from = at + 1;
    }
  }

  private static boolean startsLabel(String t, int at) {
    for (String label : PUBLICATION_LABELS) {
      if (t.startsWith(label, at)) {
        return true;
      }
    }
    // a page tool after the value (来源：区政府办  字体：[大 中 小]) ends it too
    for (String word : TOOL_WORDS) {
      if (t.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPageNumber(String t) {
    String s = t.replace(" ", "").replace("\u3000", "");
    int i = 0;
    int n = s.length();
    while (i < n && "—-－–·".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    int lead = i;
    int d = i;
    while (d < n && Chars.isAsciiDigit(s.charAt(d))) {
      d++;
    }
    if (d > i && d - i <= 3) {
      int j = d;
      while (j < n && "—-－–·".indexOf(s.charAt(j)) >= 0) {
        j++;
      }
      if (j == n && lead > 0 && j > d) {
        return true; // — 1 —
      }
    }
    if (s.startsWith("第") && s.indexOf('页') > 0 && s.length() <= 14) {
      for (int k = 1; k < s.length(); k++) {
        char c = s.charAt(k);
        if (!Chars.isAsciiDigit(c) && c != '页' && c != '共' && c != '，' && c != ',' && c != '/') {
          return false;
        }
      }
      return true; // 第1页 共3页
    }
    return false;
  }

  private static boolean hasSentenceEnd(CharSequence t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；') {
        return true;
      }
    }
    return false;
  }

  private static int countOf(String t, char c) {
    int k = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  static boolean isColon(char c) {
    return c == '：' || c == ':';
  }
}

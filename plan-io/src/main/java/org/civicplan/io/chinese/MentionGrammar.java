package org.civicplan.io.chinese;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Mention;
import org.civicplan.model.MentionKind;
import org.civicplan.model.chinese.ChineseNumerals;

/**
 * Finds typed mentions in an initiative's text: places, programmes and brands, partner
 * organizations and documents.
 *
 * <ul>
 *   <li>{@code 《…》}: a {@link MentionKind#POLICY_DOCUMENT} when the title ends like a policy
 *       (方案, 办法, 意见, 规划, 计划, 条例, 通知, 规定, 细则, 纲要, 决定, 标准, 指南, 措施); any other
 *       title (a book, a course) is {@link MentionKind#OTHER}.
 *   <li>{@code “…”}: a {@link MentionKind#PROGRAMME} when it is launched or polished (开展, 推出,
 *       擦亮, 打响, 实施, 启动, 举办, 开启, 深化, 成立, 以 just before it) or named as one (计划, 项目,
 *       品牌, 工程, 行动, 工作室, 服务队, 平台, 联盟, 活动… just after or at its end). Other quoted
 *       phrases are slogans or concepts and are not mentions.
 *   <li>{@link MentionKind#PLACE}: a road with a lane or house number ({@code 愚园路1088弄},
 *       {@code 武夷路 153 弄}), and names ending in 小区, 大楼, 大厦, 广场, 公园 of at least two
 *       characters that are not generic (精品小区, 老旧小区 are not places).
 *   <li>{@link MentionKind#ORGANIZATION}: names ending in 集团, 传媒, 出版社, 研究院, 设计院, 大学,
 *       学院, 基金会, 协会, 商会, 银行, 医院, 公司, without a generic head (公益基金会, 各大商会).
 * </ul>
 *
 * <pre>{@code
 * MentionGrammar.find("联合上海世纪出版集团、阿基米德传媒").get(0).value();
 * // Mention{mentionKind=ORGANIZATION, text=上海世纪出版集团}
 * }</pre>
 *
 * <p>Stateless and thread-safe; linear in the length of the text.
 */
public final class MentionGrammar {
  private MentionGrammar() {}

  private static final String[] POLICY_ENDINGS = {
    "方案", "办法", "意见", "规划", "计划", "条例", "通知", "规定", "细则", "纲要", "决定", "标准", "指南", "措施", "法"
  };
  private static final String[] PROGRAMME_VERBS = {
    "开展", "推出", "擦亮", "打响", "实施", "启动", "举办", "开启", "深化", "成立", "守护", "以", "发布", "建强"
  };
  private static final String[] PROGRAMME_NOUNS = {
    "计划", "项目", "品牌", "工程", "行动", "工作室", "服务队", "平台", "联盟", "活动", "工作法", "基地", "议事会",
    "共益体", "联合体", "一条街", "沙龙", "系列活动", "课堂", "书院", "服务站", "服务包", "专项行动"
  };
  private static final String[] PLACE_SUFFIXES = {"小区", "大楼", "大厦", "广场", "公园"};
  private static final String[] ORGANIZATION_SUFFIXES = {
    "集团", "传媒", "出版社", "研究院", "设计院", "大学", "学院", "基金会", "协会", "商会", "银行", "医院", "公司"
  };
  private static final String[] GENERIC_HEADS = {
    "精品", "老旧", "示范", "住宅", "美丽", "居住", "成片", "整", "公益", "各大", "各", "相关", "专业", "社区", "新建", "重点", "口袋"
  };
  /**
   * Where a place or organization suffix can stand: its first character, then its second (every
   * suffix has two or more). Most positions fail the first table, and common characters such as
   * 设 or 基 the second, so the suffix lists are searched only where one may really end a name.
   */
  private static final boolean[] SUFFIX_FIRST = Chars.charactersAt(0, PLACE_SUFFIXES, ORGANIZATION_SUFFIXES);

  private static final boolean[] SUFFIX_SECOND = Chars.charactersAt(1, PLACE_SUFFIXES, ORGANIZATION_SUFFIXES);

  /** The characters a mention can be found at: 《, “, 路 and the first of every suffix. */
  private static final boolean[] CANDIDATE = SUFFIX_FIRST.clone();

  static {
    CANDIDATE['《'] = true;
    CANDIDATE['“'] = true;
    CANDIDATE['路'] = true;
  }

  /** Characters that end a verb or function word before a name: the name starts after them. */
  private static final String NAME_STOPS = "好进快造善成动索在于的和与及等把将对向以从为做开展提强化深加实引打合接依托入推在至由、，。；：,;:（）()“”《》 ";

  /**
   * Finds the mentions in a text, in text order.
   *
   * @param text an initiative's text
   * @return the mentions, each with where its text stands, possibly empty
   */
  public static List<TextMatch<Mention>> find(CharSequence text) {
    List<TextMatch<Mention>> out = new ArrayList<>();
    int n = text.length();
    int lastEnd = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!CANDIDATE[c]) {
        i++; // nearly every character: one table lookup
        continue;
      }
      if (c == '《' || c == '“') {
        char close = c == '《' ? '》' : '”';
        int end = closing(text, i, c, close);
        if (end < 0) {
          i++;
          continue;
        }
        String inner = text.subSequence(i + 1, end).toString();
        if (!inner.isBlank()) {
          MentionKind kind = c == '《' ? documentKind(inner) : programmeKind(text, i, end, inner);
          if (kind != null) {
            out.add(new TextMatch<>(Mention.of(kind, inner), i + 1, end));
          }
        }
        i = end + 1;
        lastEnd = i;
        continue;
      }
      if (c == '路') {
        int numberEnd = laneEnd(text, i + 1);
        if (numberEnd > 0) {
          int start = nameStart(text, i, lastEnd, 4);
          if (i - start >= 1) {
            out.add(new TextMatch<>(Mention.of(MentionKind.PLACE, text.subSequence(start, numberEnd).toString()), start, numberEnd));
            i = numberEnd;
            lastEnd = i;
            continue;
          }
        }
      }
      if (!SUFFIX_FIRST[c] || i + 1 >= n || !SUFFIX_SECOND[text.charAt(i + 1)]) {
        i++;
        continue;
      }
      String suffix = suffixAt(text, i, PLACE_SUFFIXES);
      MentionKind kind = MentionKind.PLACE;
      int maxName = 4;
      if (suffix == null) {
        suffix = suffixAt(text, i, ORGANIZATION_SUFFIXES);
        kind = MentionKind.ORGANIZATION;
        maxName = 10;
      }
      if (suffix != null) {
        int start = nameStart(text, i, lastEnd, maxName);
        int end = i + suffix.length();
        String head = text.subSequence(start, i).toString();
        if (head.codePointCount(0, head.length()) >= 2 && !generic(head)) {
          out.add(new TextMatch<>(Mention.of(kind, text.subSequence(start, end).toString()), start, end));
        }
        i = end;
        lastEnd = i;
        continue;
      }
      i++;
    }
    return out;
  }

  private static boolean generic(String head) {
    for (String g : GENERIC_HEADS) {
      if (head.contains(g)) {
        return true;
      }
    }
    return false;
  }

  private static String suffixAt(CharSequence text, int i, String[] suffixes) {
    for (String s : suffixes) {
      if (Chars.startsWith(text, i, s)) {
        return s;
      }
    }
    return null;
  }

  /** Start of a name ending just before {@code end}: back over CJK characters up to a stop. */
  private static int nameStart(CharSequence text, int end, int floor, int max) {
    int i = end;
    while (i > floor && end - i < max) {
      char c = text.charAt(i - 1);
      if (!Chars.isCjk(c) || NAME_STOPS.indexOf(c) >= 0) {
        break;
      }
      if ("处个户栋座家".indexOf(c) >= 0 && i - 1 > 0 && (Chars.isAsciiDigit(text.charAt(i - 2)) || ChineseNumerals.isNumeralChar(text.charAt(i - 2)))) {
        break;
      }
      i--;
    }
    return i;
  }

  /** After 路: optional space, digits, optional space, 弄 or 号; returns the end or -1. */
  private static int laneEnd(CharSequence text, int from) {
    int i = from;
    int n = text.length();
    if (i < n && text.charAt(i) == ' ') {
      i++;
    }
    int digits = i;
    while (i < n && i - digits < 6 && Chars.isAsciiDigit(text.charAt(i))) {
      i++;
    }
    if (i == digits) {
      return -1;
    }
    if (i < n && text.charAt(i) == ' ') {
      i++;
    }
    if (i < n && (text.charAt(i) == '弄' || text.charAt(i) == '号')) {
      return i + 1;
    }
    return -1;
  }

  /** The index of the close mark matching the open mark at {@code open}, or -1; nesting counted. */
  private static int closing(CharSequence text, int open, char o, char c) {
    int depth = 0;
    for (int i = open; i < text.length() && i - open < 200; i++) {
      char x = text.charAt(i);
      if (x == o) {
        depth++;
      } else if (x == c) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static MentionKind documentKind(String title) {
    for (String e : POLICY_ENDINGS) {
      if (title.endsWith(e)) {
        return MentionKind.POLICY_DOCUMENT;
      }
    }
    return MentionKind.OTHER;
  }

  private static MentionKind programmeKind(CharSequence text, int open, int close, String inner) {
    for (String v : PROGRAMME_VERBS) {
      int at = open - v.length();
      if (Chars.startsWith(text, at, v)) {
        return MentionKind.PROGRAMME;
      }
    }
    for (String noun : PROGRAMME_NOUNS) {
      if (Chars.startsWith(text, close + 1, noun) || inner.endsWith(noun)) {
        return MentionKind.PROGRAMME;
      }
    }
    return null;
  }
}

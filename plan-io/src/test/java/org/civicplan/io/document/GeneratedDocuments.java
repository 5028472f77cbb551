package org.civicplan.io.document;

import static org.quicktheories.generators.SourceDSL.integers;

import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Arbitrary work-plan documents in Markdown and plain text, marked up every way the importer
 * meets: headings of any depth, bold headings, sections and goals as plain or bold paragraphs,
 * half-width markers, lead-ins with and without 。, paragraphs broken mid-sentence or inside a
 * quotation, ordered lists, unnumbered headings, HTML comments, CRLF line ends, full-width
 * indentation, and text with random CJK, ASCII, emoji and CJK extension-B characters.
 */
final class GeneratedDocuments {
  private GeneratedDocuments() {}

  /** A generated document and its format. */
  record Document(String text, DocumentFormat format) {
    @Override
    public String toString() {
      return format + ":\n" + text;
    }
  }

  static Gen<Document> documents() {
    return in -> new Run(in).document();
  }

  private static final class Run {
    private static final String[] WORDS = {
      "治理", "服务", "社会", "经济", "发展", "文化", "生态", "环境", "建设", "推进", "加强", "完善", "提升", "优化",
      "创新", "协同", "安全", "保障", "教育", "养老", "就业", "交通", "绿色", "智慧", "数字", "平台", "机制", "体系"
    };
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五"};
    private static final String ASCII = "abcXYZ019 .,:;()?%+-=/'\"";

    private final RandomnessSource in;
    private final StringBuilder out = new StringBuilder();
    private boolean markdown;
    private String newline = "\n";

    Run(RandomnessSource in) {
      this.in = in;
    }

    int between(int min, int max) {
      return integers().between(min, max).generate(in);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    String text(int minWords, int maxWords) {
      StringBuilder sb = new StringBuilder(WORDS[between(0, WORDS.length - 1)]);
      int n = between(minWords, maxWords);
      for (int i = 1; i < n; i++) {
        int roll = between(1, 100);
        if (roll <= 60) {
          sb.append(WORDS[between(0, WORDS.length - 1)]);
        } else if (roll <= 70) {
          sb.appendCodePoint(between(0x4E00, 0x9FFF));
        } else if (roll <= 78) {
          sb.append(ASCII.charAt(between(0, ASCII.length() - 1)));
        } else if (roll <= 82) {
          sb.appendCodePoint(chance(50) ? between(0x1F300, 0x1F5FF) : between(0x20000, 0x2A6DF));
        } else if (roll <= 88) {
          sb.append("“").append(WORDS[between(0, WORDS.length - 1)]).append("”");
        } else if (roll <= 92) {
          sb.append("《").append(WORDS[between(0, WORDS.length - 1)]).append("方案》");
        } else if (roll <= 96) {
          sb.append("完成").append(between(1, 500)).append(chance(50) ? "处" : "%");
        } else {
          sb.append("，");
        }
      }
      return sb.toString();
    }

    String sentences(int min, int max) {
      StringBuilder sb = new StringBuilder();
      int n = between(min, max);
      for (int i = 0; i < n; i++) {
        sb.append(text(1, 5)).append(i < n - 1 && chance(30) ? "；" : "。");
      }
      return sb.toString();
    }

    void line(String s) {
      out.append(s).append(newline);
    }

    /** A paragraph, sometimes indented, sometimes broken after a comma or inside a quotation. */
    void paragraph(String s) {
      String indent = !markdown && chance(30) ? "\u3000\u3000" : "";
      if (chance(15) && s.indexOf('*') < 0) {
        int cut = between(1, Math.max(1, s.length() - 1));
        if (!Character.isLowSurrogate(s.charAt(cut))) {
          String first = s.substring(0, cut) + (chance(50) ? "，" : "“");
          String second = s.substring(cut);
          line(indent + first);
          if (markdown) {
            line("");
          }
          line(second);
          if (markdown) {
            line("");
          }
          return;
        }
      }
      line(indent + s + (chance(10) ? "  " : ""));
      if (markdown || chance(20)) {
        line("");
      }
    }

    Document document() {
      markdown = chance(60);
      newline = chance(20) ? "\r\n" : "\n";
      String title = text(1, 3) + "街道" + between(2000, 2099) + "年工作计划";
      line(markdown && chance(80) ? "# " + title : title);
      line("");
      int pre = between(0, 2);
      for (int i = 0; i < pre; i++) {
        paragraph(sentences(1, 3));
      }
      int goalStyle = between(0, 4);
      int sections = between(1, 3);
      for (int s = 0; s < sections; s++) {
        section(s, goalStyle);
      }
      return new Document(out.toString(), markdown ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT);
    }

    void section(int index, int goalStyle) {
      String heading = NUMERALS[index] + "、" + (chance(30) ? "“" + "招、留、增" + "”" : "") + text(1, 4);
      if (markdown) {
        switch (between(0, 5)) {
          case 0 -> line("## " + heading);
          case 1 -> line("### " + heading);
          case 2 -> line("#### **" + heading + "**");
          case 3 -> line("**" + heading + "**");
          case 4 -> line("# " + heading);
          default -> line(heading);
        }
        line("");
      } else {
        line(heading);
      }
      if (markdown && chance(10)) {
        line("<!-- " + text(1, 2) + " -->");
        line("");
      }
      int intro = between(0, 2);
      for (int i = 0; i < intro; i++) {
        paragraph(sentences(1, 2));
      }
      int goals = between(0, 3);
      for (int g = 0; g < goals; g++) {
        goal(g, goalStyle);
      }
      if (markdown && chance(10)) {
        line("## " + text(1, 2));
        line("");
        paragraph(sentences(1, 1));
      }
    }

    void goal(int index, int style) {
      String n = NUMERALS[index];
      String marker = switch (style) {
        case 0 -> n + "是";
        case 1 -> "（" + n + "）";
        case 2 -> "(" + n + ")";
        case 3 -> "第" + n + "，";
        default -> "第" + n + ",";
      };
      String lead = marker + text(1, 2) + (chance(70) ? "，" + text(1, 2) : "");
      String rest = chance(80) ? sentences(1, 3) : "";
      int form = between(0, markdown ? 4 : 2);
      switch (form) {
        case 0 -> paragraph(lead + "。" + rest);
        case 1 -> {
          line(lead);
          line("");
        }
        case 2 -> paragraph(lead + "。" + rest);
        case 3 -> {
          line((chance(50) ? "### " : "#### ") + lead + (chance(20) ? "。" : ""));
          line("");
        }
        default -> paragraph("**" + lead + "。**" + rest);
      }
      int paragraphs = between(0, 2);
      for (int p = 0; p < paragraphs; p++) {
        if (markdown && chance(15)) {
          line((p + 1) + ". " + sentences(1, 2));
          line("");
        } else {
          paragraph(sentences(1, 3));
        }
      }
    }
  }
}

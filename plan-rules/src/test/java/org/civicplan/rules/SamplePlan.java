package org.civicplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.civicplan.model.Comparator;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.MeasureKind;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;

/**
 * Builds the plan that the importer (plan-io, built in parallel) is contracted to produce from the
 * sample document, so the rules can be tested on the real text before the importer exists. A
 * fixture, not an importer: it understands exactly the shapes of the sample.
 *
 * <p>The contract it follows: (a) each section and goal carries a HEADING_MARKUP note whose detail
 * is its markup with the text replaced by {@code …} ({@code ## …}, {@code ## **…**}, {@code ###
 * …}, {@code #### **…**}, {@code **…**}, {@code …}) and whose span is the heading's; (b) a paragraph
 * joined after a mid-sentence break carries a JOINED_BROKEN_PARAGRAPH note whose span starts on the
 * line where the paragraph broke off. Further: goals split into one initiative per sentence (。),
 * an indicator for each {@code N处} the text promises, the plan period 2024.
 */
final class SamplePlan {
  static final String NAME = "jiangsu-road-2024.md";
  private static final String NUMERALS = "一二三四五六七八九十";

  private final String text;
  private final int[] lineStarts;

  private SamplePlan(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  static String sampleText() throws IOException {
    try (InputStream in = SamplePlan.class.getResourceAsStream("/samples/" + NAME)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Plan load() throws IOException {
    return new SamplePlan(sampleText()).build();
  }

  /** A span from (line, col) to (endLine, endCol exclusive); the sample is all in the BMP. */
  private SourceSpan span(int line, int col, int endLine, int endCol) {
    return SourceSpan.of(line, col, endLine, endCol,
        lineStarts[line - 1] + col - 1, lineStarts[endLine - 1] + endCol - 1);
  }

  private String line(int n) {
    int end = n < lineStarts.length ? lineStarts[n] - 1 : text.length();
    return text.substring(lineStarts[n - 1], end);
  }

  /** Text of a goal's body with the source position of every character. */
  private static final class Body {
    final StringBuilder chars = new StringBuilder();
    final List<int[]> positions = new ArrayList<>(); // {line, column}
    final List<int[]> joins = new ArrayList<>(); // {index in body, broken line, its length, next line}
    final List<String> paragraphs = new ArrayList<>();

    void append(String s, int line, int column) {
      for (int i = 0; i < s.length(); i++) {
        chars.append(s.charAt(i));
        positions.add(new int[] {line, column + i});
      }
    }
  }

  private static final class GoalDraft {
    Numbering number;
    String name;
    String statement;
    String markup;
    SourceSpan leadSpan;
    final Body body = new Body();
  }

  private static final class SectionDraft {
    Numbering number;
    String title;
    String markup;
    SourceSpan span;
    final List<String> introduction = new ArrayList<>();
    final List<GoalDraft> goals = new ArrayList<>();
  }

  private Plan build() {
    String title = null;
    List<String> preamble = new ArrayList<>();
    List<SectionDraft> sections = new ArrayList<>();
    int lastLine = 0;
    for (int n = 1; n <= lineStarts.length; n++) {
      String l = line(n);
      if (l.isBlank()) {
        continue;
      }
      if (title == null && l.startsWith("# ")) {
        title = l.substring(2).strip();
        continue;
      }
      int hashes = 0;
      while (hashes < l.length() && l.charAt(hashes) == '#') {
        hashes++;
      }
      String rest = l.substring(hashes).strip();
      boolean bold = rest.startsWith("**") && rest.endsWith("**") && rest.length() > 4;
      String inner = bold ? rest.substring(2, rest.length() - 2) : rest;
      if (hashes > 0 && inner.length() > 1 && NUMERALS.indexOf(inner.charAt(0)) >= 0 && inner.charAt(1) == '、') {
        SectionDraft s = new SectionDraft();
        int ordinal = NUMERALS.indexOf(inner.charAt(0)) + 1;
        s.number = Numbering.of(ordinal, inner.substring(0, 1), NumberingStyle.CHINESE_ENUMERATION_COMMA);
        s.title = inner.substring(2);
        s.markup = "#".repeat(hashes) + " " + (bold ? "**…**" : "…");
        s.span = span(n, 1, n, l.length() + 1);
        sections.add(s);
        lastLine = 0;
        continue;
      }
      SectionDraft section = sections.isEmpty() ? null : sections.get(sections.size() - 1);
      boolean leadBold = l.startsWith("**");
      String lead = leadBold ? l.substring(2) : l;
      if (section != null && lead.length() > 1 && NUMERALS.indexOf(lead.charAt(0)) >= 0 && lead.charAt(1) == '是') {
        GoalDraft g = new GoalDraft();
        int leadEnd = leadBold ? l.indexOf("**", 2) : l.indexOf('。') + 1;
        String leadText = leadBold ? l.substring(2, leadEnd) : l.substring(0, leadEnd);
        g.number = Numbering.of(NUMERALS.indexOf(lead.charAt(0)) + 1, lead.substring(0, 1), NumberingStyle.CHINESE_SHI);
        String named = leadText.substring(2).replaceAll("。$", "");
        int comma = named.indexOf('，');
        g.name = comma < 0 ? named : named.substring(0, comma);
        g.statement = comma < 0 ? null : named.substring(comma + 1);
        g.markup = leadBold ? "**…**" : "…";
        int leadEndColumn = leadBold ? leadEnd + 3 : leadEnd + 1;
        g.leadSpan = span(n, 1, n, leadEndColumn);
        int bodyStart = leadBold ? leadEnd + 2 : leadEnd;
        g.body.append(l.substring(bodyStart), n, bodyStart + 1);
        g.body.paragraphs.add(l);
        section.goals.add(g);
        lastLine = n;
        continue;
      }
      if (section == null) {
        preamble.add(l);
      } else if (section.goals.isEmpty()) {
        section.introduction.add(l);
      } else {
        GoalDraft g = section.goals.get(section.goals.size() - 1);
        String previous = line(lastLine);
        char end = previous.charAt(previous.length() - 1);
        if ("。！？；”…".indexOf(end) < 0) {
          // The previous paragraph broke off mid-sentence: join without a break.
          g.body.joins.add(new int[] {g.body.chars.length(), lastLine, previous.length(), n});
          int last = g.body.paragraphs.size() - 1;
          g.body.paragraphs.set(last, g.body.paragraphs.get(last) + l);
        } else {
          g.body.paragraphs.add(l);
        }
        g.body.append(l, n, 1);
      }
      lastLine = n;
    }

    Plan.Builder plan = Plan.builder()
        .title(title)
        .period(Period.calendarYear(2024))
        .preamble(preamble)
        .source(SourceDocument.builder().name(NAME).mediaType("text/markdown").build());
    for (SectionDraft s : sections) {
      Section.Builder sb = Section.builder()
          .number(s.number)
          .title(s.title)
          .introduction(s.introduction)
          .sourceSpan(s.span)
          .addSourceNotes(SourceNote.builder().kind(SourceNote.Kind.HEADING_MARKUP)
              .detail(s.markup).span(s.span).build());
      for (GoalDraft g : s.goals) {
        sb.addGoals(goal(g));
      }
      plan.addSections(sb.build());
    }
    return plan.build();
  }

  private Goal goal(GoalDraft g) {
    Body body = g.body;
    Goal.Builder gb = Goal.builder()
        .number(g.number)
        .name(g.name)
        .narrative(body.paragraphs)
        .addSourceNotes(SourceNote.builder().kind(SourceNote.Kind.HEADING_MARKUP)
            .detail(g.markup).span(g.leadSpan).build());
    if (g.statement != null) {
      gb.statement(g.statement);
    }
    String all = body.chars.toString();
    int start = 0;
    int[] lastPosition = body.positions.get(body.positions.size() - 1);
    gb.sourceSpan(span(g.leadSpan.startLine(), 1, lastPosition[0], lastPosition[1] + 1));
    while (start < all.length()) {
      int stop = all.indexOf('。', start);
      int end = stop < 0 ? all.length() : stop + 1;
      String sentence = all.substring(start, end);
      int[] first = body.positions.get(start);
      int[] last = body.positions.get(end - 1);
      Initiative.Builder ib = Initiative.builder()
          .text(sentence)
          .sourceSpan(span(first[0], first[1], last[0], last[1] + 1));
      for (int[] join : body.joins) {
        if (join[0] > start && join[0] < end) {
          ib.addSourceNotes(SourceNote.builder()
              .kind(SourceNote.Kind.JOINED_BROKEN_PARAGRAPH)
              .detail("joined line " + join[1] + " with line " + join[3])
              .span(span(join[1], join[2], join[3], 1))
              .build());
        }
      }
      for (Indicator k : indicators(sentence)) {
        ib.addIndicators(k);
      }
      gb.addInitiatives(ib.build());
      start = end;
    }
    return gb.build();
  }

  /** An indicator for each {@code N处} in the sentence, named by the words that follow it. */
  private static List<Indicator> indicators(String sentence) {
    List<Indicator> out = new ArrayList<>();
    for (int i = 0; i < sentence.length(); i++) {
      if (sentence.charAt(i) != '处' || i == 0 || !Character.isDigit(sentence.charAt(i - 1))) {
        continue;
      }
      int d = i;
      while (d > 0 && Character.isDigit(sentence.charAt(d - 1))) {
        d--;
      }
      int nameEnd = i + 1;
      while (nameEnd < sentence.length() && "，。、".indexOf(sentence.charAt(nameEnd)) < 0
          && !sentence.startsWith("以及", nameEnd)) {
        nameEnd++;
      }
      out.add(Indicator.builder()
          .name(sentence.substring(i + 1, nameEnd))
          .measureKind(MeasureKind.COUNT)
          .target(Target.builder().comparator(Comparator.EXACTLY)
              .value(new BigDecimal(sentence.substring(d, i))).unit(MeasureUnit.of("处")).build())
          .build());
    }
    return out;
  }
}

package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.GOAL;
import static org.civicplan.model.ElementKind.INDICATOR;
import static org.civicplan.model.ElementKind.INITIATIVE;
import static org.civicplan.model.ElementKind.PLAN;
import static org.civicplan.model.ElementKind.SECTION;
import static org.civicplan.model.ElementKind.UNIT;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civicplan.model.PlanNode;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;
import org.civicplan.rules.Threshold;

/** Rules on the text as written: brackets, punctuation, leftover markup, repairs, duplicates. */
final class TextRules {
  private TextRules() {}

  static List<Rule> all() {
    return List.of(
        new UnbalancedBrackets(),
        new JoinedBrokenParagraph(),
        new MixedPunctuationWidth(),
        new StrayMarkdown(),
        new NearDuplicateInitiative(),
        new InvalidCharacters(),
        new MarkupRemoved(),
        new UnplacedText());
  }

  /**
   * Names the text a finding is about: the element, and the field unless it is the element's main
   * text (an initiative's text, a section's title, a goal's or indicator's name).
   */
  static String where(PlanNode node, TextFields.Field field) {
    String element = Describe.element(node);
    boolean main = field.name().equals("text") || field.name().equals("title") || field.name().equals("name");
    return main ? element : element + " [" + field.name() + "]";
  }

  /** Opening and closing marks that must pair up in Chinese text. */
  static final String OPEN = "“《（「『【〔";
  static final String CLOSE = "”》）」』】〕";

  /** A quote, title mark or bracket that is opened and not closed, or closed and not opened. */
  static final class UnbalancedBrackets extends BuiltinRule {
    UnbalancedBrackets() {
      super("text/unbalanced-brackets", Severity.WARNING, Profile.DEFAULT,
          PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      for (TextScan.Hit<Unpaired> hit : context.fact(TextScan.FACT).brackets) {
        Unpaired problem = hit.found();
        context.report(hit.node(), problem.opening() ? "message.open" : "message.close",
            where(hit.node(), hit.field()), problem.mark(),
            Describe.around(hit.field().text(), problem.index()));
      }
    }

    /** An unpaired mark: whether it opens, the mark, and its UTF-16 index in the text. */
    record Unpaired(boolean opening, char mark, int index) {}

    /** @return the first mark that closes nothing, else the outermost that is never closed */
    static Unpaired firstProblem(String text) {
      // The marks still open, innermost last: the kind of mark (its place in OPEN) in the high
      // half of each long, its index in the low half. Allocated at the first opening mark.
      long[] stack = null;
      int depth = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (!isMark(c)) {
          continue;
        }
        int open = OPEN.indexOf(c);
        if (open >= 0) {
          if (stack == null) {
            stack = new long[8];
          } else if (depth == stack.length) {
            stack = Arrays.copyOf(stack, 2 * depth);
          }
          stack[depth++] = ((long) open << 32) | i;
          continue;
        }
        int close = CLOSE.indexOf(c);
        if (close >= 0) {
          if (depth == 0 || (int) (stack[depth - 1] >>> 32) != close) {
            return new Unpaired(false, c, i);
          }
          depth--;
        }
      }
      if (depth > 0) {
        return new Unpaired(true, OPEN.charAt((int) (stack[0] >>> 32)), (int) stack[0]);
      }
      return null;
    }

    /** Whether {@code c} may be one of OPEN or CLOSE: a quick test before looking it up. */
    static boolean isMark(char c) {
      return c >= '\u201C' && (c <= '\u201D' || (c >= '\u300A' && c <= '\u3015') || (c >= '\uFF08' && c <= '\uFF09'));
    }
  }

  /** Reports each source note of one kind once, at the note's span. */
  private abstract static class NoteRule extends BuiltinRule {
    private final SourceNote.Kind kind;

    NoteRule(String id, Severity severity, Profile profile, SourceNote.Kind kind) {
      super(id, severity, profile, PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
      this.kind = kind;
    }

    @Override
    public void check(RuleContext context) {
      Set<String> seen = new HashSet<>();
      for (PlanNode node : context.nodes()) {
        for (SourceNote note : node.element().sourceNotes()) {
          if (note.kind() != kind) {
            continue;
          }
          // One repair may be noted on an element and on its parts: report it once.
          String key = note.span().map(Object::toString).orElse("") + "|" + note.detail();
          if (!seen.add(key)) {
            continue;
          }
          int line = note.span().map(s -> s.startLine()).orElse(0);
          // a PDF's lines count from page 1: the message names page and line on it, as findings
          // do; a Word document's lines are its paragraphs: the message says 第 N 段
          SourceDocument source = context.plan().source().orElse(null);
          int page = source == null || line == 0 ? 0 : source.pageOf(line);
          boolean paragraphs = source != null && page == 0 && source.linesAreParagraphs();
          context.reportAt(
              node,
              note.span().orElse(null),
              line == 0 ? "message.nospan" : page > 0 ? "message.page" : paragraphs ? "message.paragraph" : "message",
              page > 0 ? source.lineOnPage(line) : line,
              Describe.clip(note.detail(), 40),
              Describe.element(node),
              page);
        }
      }
    }
  }

  /** A paragraph the importer joined after a mid-sentence break: check it against the original. */
  static final class JoinedBrokenParagraph extends NoteRule {
    JoinedBrokenParagraph() {
      super("text/joined-broken-paragraph", Severity.WARNING, Profile.DEFAULT,
          SourceNote.Kind.JOINED_BROKEN_PARAGRAPH);
    }
  }

  /** Markup the importer removed from the text. */
  static final class MarkupRemoved extends NoteRule {
    MarkupRemoved() {
      super("text/markup-removed", Severity.INFO, Profile.STRICT, SourceNote.Kind.REMOVED_MARKUP);
    }
  }

  /** Text the importer could not place in any element and kept where it was found. */
  static final class UnplacedText extends NoteRule {
    UnplacedText() {
      super("text/unplaced-text", Severity.INFO, Profile.STRICT, SourceNote.Kind.UNPLACED_TEXT);
    }
  }

  /** Half-width punctuation (, ; : ? ! ( ) ") right next to Chinese characters. */
  static final class MixedPunctuationWidth extends BuiltinRule {
    private static final String HALF = ",;:?!()\"";

    MixedPunctuationWidth() {
      super("text/mixed-punctuation-width", Severity.INFO, Profile.DEFAULT,
          PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      for (TextScan.Hit<TextScan.Mixed> hit : context.fact(TextScan.FACT).punctuation) {
        String t = hit.field().text();
        int first = hit.found().first();
        context.report(hit.node(), "message", where(hit.node(), hit.field()), t.charAt(first),
            hit.found().count(), Describe.around(t, first));
      }
    }

    /** @return the first half-width mark next to a wide character and how many there are */
    static TextScan.Mixed find(String t) {
      int count = 0;
      int first = -1;
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c >= 0x80 || HALF.indexOf(c) < 0) {
          continue;
        }
        boolean wideBefore = i > 0 && TextFields.isWide(t.codePointBefore(i));
        boolean wideAfter = i + 1 < t.length() && TextFields.isWide(t.codePointAt(i + 1));
        if (wideBefore || wideAfter) {
          count++;
          if (first < 0) {
            first = i;
          }
        }
      }
      return count > 0 ? new TextScan.Mixed(first, count) : null;
    }
  }

  /** Markdown left in the text: {@code **}, {@code __}, {@code ##}, {@code ```}, {@code ~~}. */
  static final class StrayMarkdown extends BuiltinRule {
    private static final String[] MARKERS = {"**", "__", "##", "```", "~~"};

    StrayMarkdown() {
      super("text/stray-markdown", Severity.WARNING, Profile.DEFAULT,
          PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      for (TextScan.Hit<TextScan.Stray> hit : context.fact(TextScan.FACT).markdown) {
        context.report(hit.node(), "message", where(hit.node(), hit.field()), hit.found().marker(),
            Describe.around(hit.field().text(), hit.found().at()));
      }
    }

    /** @return the earliest Markdown marker in the text, or a heading mark at its start */
    static TextScan.Stray find(String t) {
      int at = -1;
      String marker = null;
      // The markers begin with different characters: the first place where one begins is
      // the earliest of their first occurrences.
      for (int i = 0, n = t.length() - 1; i < n && marker == null; i++) {
        char c = t.charAt(i);
        if (c != '*' && c != '_' && c != '#' && c != '`' && c != '~') {
          continue;
        }
        for (String m : MARKERS) {
          if (t.startsWith(m, i)) {
            at = i;
            marker = m;
            break;
          }
        }
      }
      if (marker == null && t.stripLeading().startsWith("# ")) {
        at = t.indexOf('#');
        marker = "#";
      }
      return marker != null ? new TextScan.Stray(marker, at) : null;
    }
  }

  /** Two initiatives of one plan whose texts are nearly the same. */
  static final class NearDuplicateInitiative extends BuiltinRule {
    NearDuplicateInitiative() {
      super("text/near-duplicate-initiative", Severity.WARNING, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public List<Threshold> thresholds() {
      return List.of(
          new Threshold("similarity", 0.8, 0.5, 1.0), new Threshold("minLength", 12, 2, 10_000));
    }

    @Override
    public void check(RuleContext context) {
      double similarity = context.threshold("similarity");
      int minLength = (int) context.threshold("minLength");
      List<PlanNode> initiatives = context.nodes(INITIATIVE);
      NearDuplicates finder = new NearDuplicates(similarity, minLength, initiatives.size());
      for (PlanNode node : initiatives) {
        NearDuplicates.Match match =
            finder.add(node, node.as(org.civicplan.model.Initiative.class).text());
        if (match != null) {
          context.report(
              node,
              "message",
              Describe.element(node),
              Describe.element(match.earlier()),
              match.earlier().id(),
              Math.round(match.similarity() * 100));
        }
      }
    }
  }

  /** Control characters, U+FFFD, a byte-order mark or a broken surrogate pair in the text. */
  static final class InvalidCharacters extends BuiltinRule {
    InvalidCharacters() {
      super("text/invalid-characters", Severity.WARNING, Profile.DEFAULT,
          PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      for (TextScan.Hit<Integer> hit : context.fact(TextScan.FACT).invalid) {
        int i = hit.found();
        context.report(hit.node(), "message", where(hit.node(), hit.field()),
            String.format("U+%04X", (int) hit.field().text().charAt(i)), i);
      }
    }

    /** @return the UTF-16 index of the first invalid character, or -1 */
    static int find(String t) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if ((c >= 0x20 && c < 0x7F) || (c > 0x7F && c < Character.MIN_SURROGATE)) {
          continue; // printable ASCII, and everything from U+0080 to before the surrogates
        }
        boolean bad;
        if (Character.isHighSurrogate(c)) {
          bad = i + 1 >= t.length() || !Character.isLowSurrogate(t.charAt(i + 1));
          if (!bad) {
            i++;
            continue;
          }
        } else {
          bad = Character.isLowSurrogate(c)
              || (c < 0x20 && c != '\n' && c != '\t' && c != '\r')
              || c == 0x7F
              || c == 0xFFFD
              || c == 0xFEFF;
        }
        if (bad) {
          return i;
        }
      }
      return -1;
    }
  }
}

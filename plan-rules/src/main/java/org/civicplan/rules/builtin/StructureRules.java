package org.civicplan.rules.builtin;

import static org.civicplan.model.ElementKind.GOAL;
import static org.civicplan.model.ElementKind.INDICATOR;
import static org.civicplan.model.ElementKind.INITIATIVE;
import static org.civicplan.model.ElementKind.PLAN;
import static org.civicplan.model.ElementKind.SECTION;
import static org.civicplan.model.ElementKind.UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.civicplan.model.ElementKind;
import org.civicplan.model.Goal;
import org.civicplan.model.Numbering;
import org.civicplan.model.NumberingStyle;
import org.civicplan.model.PlanNode;
import org.civicplan.model.Section;
import org.civicplan.model.SourceNote;
import org.civicplan.rules.Profile;
import org.civicplan.rules.Rule;
import org.civicplan.rules.RuleContext;
import org.civicplan.rules.Severity;

/** Rules on the shape of the plan: numbering, headings, empty parts, ids. */
final class StructureRules {
  private StructureRules() {}

  static List<Rule> all() {
    return List.of(
        new NumberingGap(),
        new NumberingDuplicate(),
        new NumberingOrder(),
        new NumberingMissing(),
        new MixedNumberingStyle(),
        new HeadingLevelInconsistent(),
        new HeadingEmphasisMixed(),
        new EmptySection(),
        new SectionWithoutGoals(),
        new EmptyGoal(),
        new GoalWithoutInitiatives(),
        new EmptyInitiative(),
        new IdNotPortable());
  }

  /** A numbered sibling: its node and number. */
  private record Numbered(PlanNode node, Numbering number) {}

  private static List<List<Numbered>> numberedSiblings(RuleContext context) {
    List<List<Numbered>> out = new ArrayList<>();
    for (ElementKind kind : Levels.NUMBERED) {
      for (List<PlanNode> group : Levels.siblings(context, kind)) {
        List<Numbered> numbered = new ArrayList<>();
        for (PlanNode node : group) {
          Levels.number(node).ifPresent(n -> numbered.add(new Numbered(node, n)));
        }
        if (!numbered.isEmpty()) {
          out.add(numbered);
        }
      }
    }
    return out;
  }

  /** 一、三 without 二: ordinals missing among siblings, or a list that does not start at 1. */
  static final class NumberingGap extends BuiltinRule {
    NumberingGap() {
      super("structure/numbering-gap", Severity.WARNING, Profile.DEFAULT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (List<Numbered> group : numberedSiblings(context)) {
        // Distinct ordinals, each with the first sibling that carries it.
        TreeMap<Integer, Numbered> byOrdinal = new TreeMap<>();
        for (Numbered n : group) {
          byOrdinal.putIfAbsent(n.number().ordinal(), n);
        }
        int previous = 0;
        for (Map.Entry<Integer, Numbered> e : byOrdinal.entrySet()) {
          int ordinal = e.getKey();
          if (ordinal > previous + 1) {
            Numbered at = e.getValue();
            NumberingStyle style = at.number().style();
            String from = Numerals.format(previous + 1, style);
            String to = Numerals.format(ordinal - 1, style);
            String missing = previous + 1 == ordinal - 1 ? from : from + "–" + to;
            context.report(
                at.node(),
                previous == 0 ? "message.start" : "message",
                missing,
                Describe.number(at.number()),
                Describe.element(at.node()));
          }
          previous = Math.max(previous, ordinal);
        }
      }
    }
  }

  /** Two siblings with one number, such as two 二、. */
  static final class NumberingDuplicate extends BuiltinRule {
    NumberingDuplicate() {
      super("structure/numbering-duplicate", Severity.ERROR, Profile.DEFAULT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (List<Numbered> group : numberedSiblings(context)) {
        Map<Integer, Numbered> first = new HashMap<>();
        for (Numbered n : group) {
          Numbered earlier = first.putIfAbsent(n.number().ordinal(), n);
          if (earlier != null) {
            context.report(
                n.node(),
                "message",
                Describe.number(n.number()),
                Describe.element(earlier.node()),
                earlier.node().id());
          }
        }
      }
    }
  }

  /** 三 before 二: a sibling numbered lower than one before it. */
  static final class NumberingOrder extends BuiltinRule {
    NumberingOrder() {
      super("structure/numbering-order", Severity.WARNING, Profile.DEFAULT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (List<Numbered> group : numberedSiblings(context)) {
        Numbered highest = null;
        for (Numbered n : group) {
          if (highest != null && n.number().ordinal() < highest.number().ordinal()) {
            context.report(
                n.node(), "message", Describe.number(n.number()), Describe.number(highest.number()));
          }
          if (highest == null || n.number().ordinal() > highest.number().ordinal()) {
            highest = n;
          }
        }
      }
    }
  }

  /** A section or goal without a number among numbered siblings. */
  static final class NumberingMissing extends BuiltinRule {
    NumberingMissing() {
      super("structure/numbering-missing", Severity.INFO, Profile.STRICT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (ElementKind kind : Levels.NUMBERED) {
        for (List<PlanNode> group : Levels.siblings(context, kind)) {
          boolean anyNumbered = group.stream().anyMatch(n -> Levels.number(n).isPresent());
          if (!anyNumbered) {
            continue;
          }
          for (PlanNode node : group) {
            if (Levels.number(node).isEmpty()) {
              context.report(node, "message", Describe.element(node));
            }
          }
        }
      }
    }
  }

  /** 一、 and （二） side by side: one level numbered in different styles. */
  static final class MixedNumberingStyle extends BuiltinRule {
    MixedNumberingStyle() {
      super("structure/mixed-numbering-style", Severity.WARNING, Profile.DEFAULT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (ElementKind kind : Levels.NUMBERED) {
        List<PlanNode> numbered = new ArrayList<>();
        List<NumberingStyle> styles = new ArrayList<>();
        for (PlanNode node : context.nodes(kind)) {
          Optional<Numbering> n = Levels.number(node);
          if (n.isPresent()) {
            numbered.add(node);
            styles.add(n.get().style());
          }
        }
        if (numbered.size() < 2) {
          continue;
        }
        NumberingStyle usual = Levels.usual(styles);
        long usualCount = styles.stream().filter(st -> st == usual).count();
        for (int i = 0; i < numbered.size(); i++) {
          if (styles.get(i) != usual) {
            PlanNode node = numbered.get(i);
            context.report(
                node,
                "message",
                Describe.element(node),
                Describe.number(Levels.number(node).get()),
                Numbering.of(1, Numerals.format(1, usual), usual).marker(),
                usualCount,
                numbered.size());
          }
        }
      }
    }
  }

  /** Sections (or goals) whose heading level differs from the document's usual level for them. */
  static final class HeadingLevelInconsistent extends BuiltinRule {
    HeadingLevelInconsistent() {
      super("structure/heading-level-inconsistent", Severity.WARNING, Profile.DEFAULT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (ElementKind kind : Levels.NUMBERED) {
        List<PlanNode> marked = new ArrayList<>();
        List<SourceNote> notes = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (PlanNode node : context.nodes(kind)) {
          Optional<SourceNote> note = Levels.headingMarkup(node);
          int level = note.map(n -> Levels.headingLevel(n.detail())).orElse(-1);
          if (level >= 0) {
            marked.add(node);
            notes.add(note.get());
            levels.add(level);
          }
        }
        if (marked.size() < 2) {
          continue;
        }
        int usual = Levels.usual(levels);
        long usualCount = levels.stream().filter(l -> l == usual).count();
        for (int i = 0; i < marked.size(); i++) {
          int level = levels.get(i);
          if (level == usual) {
            continue;
          }
          PlanNode node = marked.get(i);
          String key =
              level == 0 ? "message.paragraph" : usual == 0 ? "message.heading" : "message";
          context.reportAt(
              node,
              notes.get(i).span().orElse(null),
              key,
              Describe.element(node),
              "#".repeat(Math.min(level, 6)),
              "#".repeat(Math.min(usual, 6)),
              level,
              usual,
              marked.size(),
              usualCount);
        }
      }
    }
  }

  /** Headings of one level, some bold and some not. */
  static final class HeadingEmphasisMixed extends BuiltinRule {
    HeadingEmphasisMixed() {
      super("structure/heading-emphasis-mixed", Severity.INFO, Profile.STRICT, SECTION, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (ElementKind kind : Levels.NUMBERED) {
        List<PlanNode> marked = new ArrayList<>();
        List<SourceNote> notes = new ArrayList<>();
        List<Boolean> bold = new ArrayList<>();
        for (PlanNode node : context.nodes(kind)) {
          Optional<SourceNote> note = Levels.headingMarkup(node);
          if (note.isPresent() && Levels.headingLevel(note.get().detail()) >= 0) {
            marked.add(node);
            notes.add(note.get());
            bold.add(Levels.bold(note.get().detail()));
          }
        }
        if (marked.size() < 2) {
          continue;
        }
        boolean usual = Levels.usual(bold);
        long usualCount = bold.stream().filter(b -> b == usual).count();
        for (int i = 0; i < marked.size(); i++) {
          if (bold.get(i) != usual) {
            context.reportAt(
                marked.get(i),
                notes.get(i).span().orElse(null),
                bold.get(i) ? "message.bold" : "message.plain",
                Describe.element(marked.get(i)),
                marked.size(),
                usualCount);
          }
        }
      }
    }
  }

  /** A section with neither goals nor introduction. */
  static final class EmptySection extends BuiltinRule {
    EmptySection() {
      super("structure/empty-section", Severity.WARNING, Profile.DEFAULT, SECTION);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(SECTION)) {
        Section s = node.as(Section.class);
        if (s.goals().isEmpty() && s.introduction().stream().allMatch(String::isBlank)) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A section with an introduction but no goals. */
  static final class SectionWithoutGoals extends BuiltinRule {
    SectionWithoutGoals() {
      super("structure/section-without-goals", Severity.INFO, Profile.STRICT, SECTION);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(SECTION)) {
        Section s = node.as(Section.class);
        if (s.goals().isEmpty() && !s.introduction().stream().allMatch(String::isBlank)) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A goal with no initiatives, no narrative and no statement. */
  static final class EmptyGoal extends BuiltinRule {
    EmptyGoal() {
      super("structure/empty-goal", Severity.WARNING, Profile.DEFAULT, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(GOAL)) {
        Goal g = node.as(Goal.class);
        if (g.initiatives().isEmpty()
            && g.narrative().stream().allMatch(String::isBlank)
            && g.statement().map(String::isBlank).orElse(true)) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** A goal with narrative text that was not split into initiatives. */
  static final class GoalWithoutInitiatives extends BuiltinRule {
    GoalWithoutInitiatives() {
      super("structure/goal-without-initiatives", Severity.INFO, Profile.STRICT, GOAL);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes(GOAL)) {
        Goal g = node.as(Goal.class);
        if (g.initiatives().isEmpty() && !g.narrative().stream().allMatch(String::isBlank)) {
          context.report(node, "message", Describe.element(node));
        }
      }
    }
  }

  /** An initiative whose text is blank. */
  static final class EmptyInitiative extends BuiltinRule {
    EmptyInitiative() {
      super("structure/empty-initiative", Severity.WARNING, Profile.DEFAULT, INITIATIVE);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.fact(TextScan.FACT).blankInitiatives) {
        context.report(node, "message", node.id());
      }
    }
  }

  /**
   * Ids that are awkward outside Java: not ASCII letters, digits and {@code . _ - : ~}. The model
   * already guarantees plan-wide unique ids, so uniqueness needs no rule; portability does, since
   * ids end up in URLs, SARIF and file names.
   */
  static final class IdNotPortable extends BuiltinRule {
    IdNotPortable() {
      super("structure/id-not-portable", Severity.INFO, Profile.STRICT,
          PLAN, SECTION, GOAL, INITIATIVE, INDICATOR, UNIT);
    }

    @Override
    public void check(RuleContext context) {
      for (PlanNode node : context.nodes()) {
        String id = node.id();
        boolean portable = id.length() <= 128;
        for (int i = 0; i < id.length() && portable; i++) {
          char c = id.charAt(i);
          portable =
              (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                  || c == '.' || c == '_' || c == '-' || c == ':' || c == '~';
        }
        if (!portable) {
          context.report(node, "message", Describe.clip(id));
        }
      }
    }
  }
}

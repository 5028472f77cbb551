package org.civicplan.io.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civicplan.io.chinese.Responsibilities;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Mention;

/**
 * Reads responsibility and deadlines stated in the text rather than in a table: a bracket at the
 * end of an item ({@code （牵头单位：区发改委；责任单位：各街道）}), a line of its own after an item
 * ({@code 责任单位：区经信局、区统计局}), which joins the initiative before it instead of becoming one,
 * and a deadline inside the text ({@code 2025年6月底前完成}). A bracket or line at the end of a
 * paragraph is also the units and deadline of the paragraph's earlier sentences that state none.
 * Units are declared once in the plan.
 */
final class ResponsibilityPass implements Pass {
  /** Extension key of the responsible leader (责任领导) named in the text. */
  static final String LEADER_EXTENSION = "org.civicplan.io:responsibleLeader";

  @Override
  public void run(Assembly a) {
    for (Assembly.SectionDraft s : a.sections) {
      for (Assembly.GoalDraft g : s.goals) {
        Assembly.InitiativeDraft prev = null;
        // The sentences of the paragraph so far that state no unit of their own: a bracket or a
        // line at the paragraph's end is theirs too (建设服务站5个；为老人体检。（牵头单位：区卫健委）).
        List<Assembly.InitiativeDraft> before = new java.util.ArrayList<>();
        for (Assembly.InitiativeDraft d : g.initiatives) {
          if (d.row) {
            prev = d;
            before.clear();
            continue;
          }
          if (!before.isEmpty() && before.get(0).block != d.block && !Responsibilities.isResponsibilityLine(d.text)) {
            before.clear();
          }
          if (Responsibilities.isResponsibilityLine(d.text)) {
            Assembly.InitiativeDraft owner = prev != null && !prev.row ? prev : null;
            if (owner == null) {
              a.diagnostics.add(ImportDiagnostic.Kind.UNPLACED_TEXT,
                  "责任单位行前没有任务，按举措保留 (a responsibility line with no task before it was kept as an initiative)", d.start, d.end);
              apply(a, d, d, 0, d.text.length());
              prev = d;
              continue;
            }
            apply(a, owner, d, 0, d.text.length());
            merge(owner, d);
            share(owner, before);
            before.clear();
            continue;
          }
          int bracket = Responsibilities.trailingBracket(d.text);
          if (bracket >= 0) {
            apply(a, d, d, bracket + 1, d.text.length());
            share(d, before);
            before.clear();
          } else if (d.lead == null && d.support.isEmpty()) {
            before.add(d);
          } else {
            before.clear();
          }
          if (d.due == null) {
            DueDates.find(d.text, a.planYear).ifPresent(due -> d.due = due);
          }
          prev = d;
        }
        g.initiatives.removeIf(d -> d.mergedInto != null);
      }
    }
  }

  /** Reads the fields in [from, to) of {@code source}'s text onto {@code target}. */
  private static void apply(Assembly a, Assembly.InitiativeDraft target, Assembly.InitiativeDraft source, int from, int to) {
    List<Responsibilities.Field> fields = Responsibilities.fields(source.text, from, to);
    boolean hasLead = false;
    for (Responsibilities.Field f : fields) {
      hasLead |= f.role() == Responsibilities.Role.LEAD;
    }
    for (Responsibilities.Field f : fields) {
      switch (f.role()) {
        case LEAD, RESPONSIBLE, SUPPORT -> {
          List<String> ids = a.units.ids(source.block, source.from + f.start(), source.from + f.end());
          boolean lead = f.role() == Responsibilities.Role.LEAD || (f.role() == Responsibilities.Role.RESPONSIBLE && !hasLead);
          for (String id : ids) {
            if (lead && target.lead == null) {
              target.lead = id;
            } else if (!id.equals(target.lead) && !target.support.contains(id)) {
              target.addSupport(id);
            }
          }
        }
        case LEADER -> target.putExtension(LEADER_EXTENSION, ExtensionValue.string(f.value()));
        case DUE -> {
          Optional<LocalDate> due = DueDates.parse(f.value(), a.planYear);
          if (due.isPresent()) {
            target.due = due.get();
          } else {
            target.putExtension(Assembler.DUE_EXTENSION, ExtensionValue.string(f.value()));
            a.diagnostics.add(ImportDiagnostic.Kind.UNRECOGNIZED_VALUE,
                "完成时限“" + f.value() + "”不是日期，按文字保留 (the deadline is not a date; kept as text in " + Assembler.DUE_EXTENSION + ")",
                source.block.offsetOf(source.from + f.start()), source.block.endOffsetOf(source.from + f.end()));
          }
        }
        default -> { }
      }
    }
  }

  /**
   * Gives the units and deadline a paragraph's last sentence states to the sentences before it in
   * the same paragraph that state none.
   */
  private static void share(Assembly.InitiativeDraft owner, List<Assembly.InitiativeDraft> before) {
    for (Assembly.InitiativeDraft p : before) {
      if (p == owner || p.block != owner.block || p.lead != null || !p.support.isEmpty()) {
        continue;
      }
      p.lead = owner.lead;
      for (String id : owner.support) {
        p.addSupport(id);
      }
      if (p.due == null) {
        p.due = owner.due;
      }
    }
  }

  /** Appends a responsibility line's draft to the initiative it belongs to. */
  private static void merge(Assembly.InitiativeDraft owner, Assembly.InitiativeDraft d) {
    int shift;
    if (owner.block == d.block && owner.to <= d.from) {
      shift = d.from - owner.from;
      owner.text = owner.block.text(owner.from, d.to);
      owner.to = d.to;
    } else {
      shift = owner.text.length();
      owner.text = owner.text + d.text;
    }
    owner.end = Math.max(owner.end, d.end);
    for (Mention m : d.mentions) {
      owner.addMention(m);
    }
    for (int k = 0; k < d.indicators.size(); k++) {
      owner.addIndicator(d.indicators.get(k), d.indicatorAt.get(k) + shift);
    }
    owner.absorb(d);
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import org.civicplan.io.chinese.DocumentParts;
import org.civicplan.io.chinese.IndicatorGrammar;
import org.civicplan.io.chinese.MentionGrammar;
import org.civicplan.io.chinese.TextMatch;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.Mention;

/**
 * Splits every goal's narrative into initiatives, one per sentence, and takes table rows as they
 * are; reads each initiative's mentions and indicators. Which indicators are targets is the
 * target pass's decision.
 */
final class InitiativePass implements Pass {
  @Override
  public void run(Assembly a) {
    for (Assembly.SectionDraft s : a.sections) {
      for (Assembly.GoalDraft g : s.goals) {
        for (Object item : g.items) {
          if (item instanceof Assembly.Range r) {
            for (int[] x : Sentences.of(r.block(), r.from(), r.to())) {
              Assembly.InitiativeDraft d = new Assembly.InitiativeDraft(null, new ArrayList<>(), false);
              d.text = r.block().text(x[0], x[1]);
              d.block = r.block();
              d.from = x[0];
              d.to = x[1];
              d.start = r.block().offsetOf(x[0]);
              d.end = r.block().endOffsetOf(x[1]);
              annotate(a, d);
              if (!r.block().joins.isEmpty()) { // as Assembly.own, without making an owner no one keeps
                a.own(new Assembly.Owner(r.block(), x[0], x[1], d.notes));
              }
              g.initiatives.add(d);
            }
          } else {
            Assembly.RowDraft row = (Assembly.RowDraft) item;
            Assembly.InitiativeDraft d = new Assembly.InitiativeDraft(row.builder, row.notes, true);
            d.start = row.start;
            d.end = row.end;
            if (row.task != null) {
              d.text = row.task.text.toString();
              d.block = row.task;
              d.from = 0;
              d.to = row.task.length();
              annotate(a, d);
            } else {
              d.text = "";
            }
            g.initiatives.add(d);
          }
        }
      }
    }
  }

  /** Reads the mentions and indicators of a draft's text. */
  static void annotate(Assembly a, Assembly.InitiativeDraft d) {
    String text = d.text;
    for (TextMatch<Mention> m : MentionGrammar.find(text)) {
      d.addMention(Mention.builder().from(m.value())
          .span(a.source.span(d.block.offsetOf(d.from + m.start()), d.block.endOffsetOf(d.from + m.end()))).build());
    }
    int skip = DocumentParts.bulletEnd(text); // a bullet is no part of what a target names
    IndicatorGrammar.Reading reading = IndicatorGrammar.read(skip == 0 ? text : text.substring(skip));
    for (TextMatch<String> u : reading.unreadable()) {
      a.diagnostics.add(ImportDiagnostic.Kind.UNREADABLE_QUANTITY, u.value(),
          d.block.offsetOf(d.from + skip + u.start()), d.block.endOffsetOf(d.from + skip + u.end()));
    }
    for (int j = 0; j < reading.indicators().size(); j++) {
      TextMatch<Indicator> k = reading.indicators().get(j);
      int s = skip + k.start();
      int e = skip + k.end();
      d.addIndicator(Indicator.builder().from(k.value())
          .sourceSpan(a.source.span(d.block.offsetOf(d.from + s), d.block.endOffsetOf(d.from + e))).build(),
          skip + reading.quantities().get(j).start());
    }
  }
}

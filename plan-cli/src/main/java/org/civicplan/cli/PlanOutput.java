package org.civicplan.cli;

import java.io.IOException;
import java.io.Writer;
import org.civicplan.io.json.PlanJson;
import org.civicplan.io.markdown.PlanMarkdown;
import org.civicplan.model.Plan;

/** Writes a plan in the format a command was asked for. */
final class PlanOutput {
  private static final PlanJson PRETTY = PlanJson.builder().pretty(true).build();
  private static final PlanJson COMPACT = PlanJson.builder().pretty(false).build();
  private static final PlanMarkdown MARKDOWN = PlanMarkdown.create();

  private PlanOutput() {}

  static void write(Plan plan, PlanFormat format, boolean compact, Writer out) throws IOException {
    switch (format) {
      case JSON:
        (compact ? COMPACT : PRETTY).write(plan, out);
        return;
      case MARKDOWN:
        MARKDOWN.write(plan, out);
        return;
      default:
        throw new IllegalArgumentException("plans are written as json or markdown, not " + format);
    }
  }
}

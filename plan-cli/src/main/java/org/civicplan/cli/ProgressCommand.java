package org.civicplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.civicplan.model.Goal;
import org.civicplan.model.Initiative;
import org.civicplan.model.Plan;
import org.civicplan.model.Section;
import org.civicplan.model.progress.Overdue;
import org.civicplan.model.progress.PlanProgress;
import org.civicplan.model.progress.Progress;
import org.civicplan.model.progress.ProgressCalculator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicplan progress}: the plan's progress at a glance, by section and goal, and what is overdue. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = "Show a plan's progress: every section and goal with a bar and percentage "
        + "(weighted roll-up of its initiatives), and the overdue initiatives.")
final class ProgressCommand implements Callable<Integer> {
  private static final int BAR = 20;

  @Parameters(index = "0", paramLabel = "PLAN", description = "The plan (.json, .md or .txt).")
  Path plan;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day to count overdue items for (default: today).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
  String format;

  @Option(names = "--from", paramLabel = "FORMAT", converter = PlanFormat.Converter.class,
      description = "Input format: json, markdown or text.")
  PlanFormat from;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format: text or json, not " + format);
    }
    Plan p = PlanInput.read(plan, from, System.in, true, spec.commandLine().getErr());
    LocalDate day = asOf == null ? LocalDate.now() : asOf;
    PlanProgress progress = ProgressCalculator.create().compute(p, day);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      json(p, progress, out);
    } else {
      text(p, progress, out);
    }
    out.flush();
    return CivicPlanCommand.EXIT_OK;
  }

  private static void text(Plan p, PlanProgress progress, PrintWriter out) {
    out.println(p.title() + " — 进度 / progress as of " + progress.asOf());
    line(out, "", "全计划 / plan", progress.plan());
    int si = 0;
    for (Section s : p.sections()) {
      line(out, "", s.number().map(n -> n.label()).orElse(Integer.toString(si + 1)) + "、" + s.title(),
          progress.of(s.id()).orElseThrow());
      int gi = 0;
      for (Goal g : s.goals()) {
        String name = "（" + g.number().map(n -> n.label()).orElse(Integer.toString(gi + 1)) + "）" + g.name();
        line(out, "  ", name, progress.of(g.id()).orElseThrow());
        gi++;
      }
      si++;
    }
    out.println();
    if (progress.overdue().isEmpty()) {
      out.println("逾期 / overdue: none");
    } else {
      out.println("逾期 / overdue: " + progress.overdue().size());
      for (Overdue o : progress.overdue()) {
        Initiative i = p.find(o.initiativeId()).orElseThrow().as(Initiative.class);
        out.println("  " + o.initiativeId() + "  due " + o.due() + ", " + o.daysLate() + " days late"
            + o.status().map(st -> ", " + st.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("")
            + "  " + clip(i.text()));
      }
    }
  }

  private static void line(PrintWriter out, String indent, String name, Progress pr) {
    String bar;
    String pct;
    if (pr.known()) {
      BigDecimal f = pr.fraction().get();
      int filled = f.multiply(BigDecimal.valueOf(BAR)).setScale(0, java.math.RoundingMode.HALF_EVEN).intValue();
      bar = "█".repeat(filled) + "░".repeat(BAR - filled);
      pct = String.format("%6s%%", pr.percent().get().toPlainString());
    } else {
      bar = "·".repeat(BAR);
      pct = "     –";
    }
    out.println(indent + bar + " " + pct + "  " + clip(name));
  }

  private static String clip(String s) {
    return s.codePointCount(0, s.length()) <= 30 ? s : s.substring(0, s.offsetByCodePoints(0, 30)) + "…";
  }

  private static void json(Plan p, PlanProgress progress, PrintWriter out) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("plan", p.id());
    root.put("asOf", progress.asOf().toString());
    put(root, progress.plan());
    ArrayNode sections = root.putArray("sections");
    for (Section s : p.sections()) {
      ObjectNode sn = sections.addObject();
      sn.put("id", s.id());
      sn.put("title", s.title());
      put(sn, progress.of(s.id()).orElseThrow());
      ArrayNode goals = sn.putArray("goals");
      for (Goal g : s.goals()) {
        ObjectNode gn = goals.addObject();
        gn.put("id", g.id());
        gn.put("name", g.name());
        put(gn, progress.of(g.id()).orElseThrow());
      }
    }
    ArrayNode overdue = root.putArray("overdue");
    for (Overdue o : progress.overdue()) {
      ObjectNode on = overdue.addObject();
      on.put("id", o.initiativeId());
      on.put("due", o.due().toString());
      on.put("daysLate", o.daysLate());
      o.status().ifPresent(st -> on.put("status", st.name()));
    }
    out.println(mapper.writeValueAsString(root));
  }

  private static void put(ObjectNode n, Progress pr) {
    if (pr.known()) {
      n.put("percent", pr.percent().get());
    } else {
      n.putNull("percent");
    }
    n.put("basis", pr.basis().name());
    n.put("coverage", pr.coverage().stripTrailingZeros());
    n.put("exceeded", pr.exceeded());
  }
}

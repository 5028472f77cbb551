package org.civicplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicplan.model.Plan;
import org.civicplan.tasks.ReportingPeriod;
import org.civicplan.tasks.SheetLanguage;
import org.civicplan.tasks.TaskSheets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicplan tasks}: writes a plan's task-decomposition sheet (任务分解表). */
@Command(
    name = "tasks",
    mixinStandardHelpOptions = true,
    description = "Write a plan's task-decomposition sheet (任务分解表) as XLSX or CSV, one row per "
        + "initiative and per target of the plan, a section or a goal (层级 全计划, 部分, 目标), with a "
        + "完成情况 / 完成值 column pair per reporting period.")
final class TasksCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "The plan to read (.json, .md or .txt).")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
      description = "The sheet to write: .xlsx or .csv.")
  Path output;

  @Option(names = "--periods", paramLabel = "RANGE",
      description = "Reporting periods, such as 2024Q1..2024Q4 or 2024H1,2024; default: the plan year's quarters.")
  String periods;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
      description = "Header language: zh (default) or en.")
  String lang;

  @Option(names = "--from", paramLabel = "FORMAT", converter = PlanFormat.Converter.class,
      description = "Input format: json, markdown or text.")
  PlanFormat from;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TaskSheets.Builder b = TaskSheets.builder().language(language(spec, lang));
    if (periods != null) {
      try {
        b.periods(ReportingPeriod.parseRange(periods));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--periods: " + e.getMessage());
      }
    }
    String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".xlsx") && !name.endsWith(".csv")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "-o: a task sheet is .xlsx or .csv, not " + output);
    }
    Plan plan = PlanInput.read(input, from, System.in, true, spec.commandLine().getErr());
    TaskSheets sheets = b.build();
    sheets.write(plan, output);
    List<ReportingPeriod> ps = sheets.periodsFor(plan);
    long targets = plan.targets().size() + plan.sections().stream().mapToLong(s -> s.indicators().size()
        + s.goals().stream().mapToLong(g -> g.indicators().size()).sum()).sum();
    spec.commandLine().getOut().println("wrote " + output + ": " + plan.initiatives().count() + " tasks, "
        + targets + " targets of the plan, sections or goals, " + ps.size() + " reporting periods" + (ps.isEmpty() ? "" : " (" + ps.get(0) + ".." + ps.get(ps.size() - 1) + ")"));
    spec.commandLine().getOut().flush();
    return CivicPlanCommand.EXIT_OK;
  }

  static SheetLanguage language(CommandLine.Model.CommandSpec spec, String lang) {
    switch (lang.toLowerCase(java.util.Locale.ROOT)) {
      case "zh": return SheetLanguage.CHINESE;
      case "en": return SheetLanguage.ENGLISH;
      default:
        throw new CommandLine.ParameterException(spec.commandLine(), "--lang: zh or en, not " + lang);
    }
  }
}

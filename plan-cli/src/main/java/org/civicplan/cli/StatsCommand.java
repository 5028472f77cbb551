package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.civicplan.model.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicplan stats}: counts what a plan holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Count the sections, goals, initiatives, indicators and units of a plan.")
final class StatsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "The plan to read.")
  Path input;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = PlanFormat.Converter.class,
      description = "Input format: json, markdown or text.")
  PlanFormat from;

  @CommandLine.Mixin EncodingOption encoding = new EncodingOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Plan plan = PlanInput.read(input, from, spec.commandLine().getErr(), encoding.encoding);
    PrintWriter out = spec.commandLine().getOut();
    out.println("plan:        " + plan.title());
    out.println("sections:    " + plan.sections().size());
    out.println("goals:       " + plan.goals().count());
    out.println("initiatives: " + plan.initiatives().count());
    out.println("indicators:  " + plan.indicators().count());
    out.println("units:       " + plan.units().size());
    out.flush();
    return CivicPlanCommand.EXIT_OK;
  }
}

package org.civicplan.cli;

import java.io.IOException;
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
  @Parameters(index = "0", paramLabel = "INPUT", description = "The plan to read; - for standard input.")
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
    CivicPlanCommand root = CivicPlanCommand.root(spec);
    Plan plan = PlanInput.read(input, from, root.stdin, true, spec.commandLine().getErr(), encoding.encoding);
    String nl = System.lineSeparator();
    Output.write(
        null,
        spec.commandLine().getOut(),
        out -> {
          out.write("plan:        " + plan.title() + nl);
          out.write("sections:    " + plan.sections().size() + nl);
          out.write("goals:       " + plan.goals().count() + nl);
          out.write("initiatives: " + plan.initiatives().count() + nl);
          out.write("indicators:  " + plan.indicators().count() + nl);
          out.write("units:       " + plan.units().size() + nl);
        });
    return CivicPlanCommand.EXIT_OK;
  }
}

package org.civicplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.civicplan.model.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code civicplan convert}: reads a plan and writes it in canonical form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Read a plan and write it canonically.",
      "Formats come from the file extensions (.json, .md, .txt) unless --from/--to say otherwise.",
      "INPUT - reads standard input. OUTPUT is replaced in one step, never left half-written."
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "The plan to read; - for standard input.")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTPUT",
      description = "Where to write; standard output if absent.")
  Path output;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = PlanFormat.Converter.class,
      description = "Input format: json, markdown or text.")
  PlanFormat from;

  @Option(
      names = "--to",
      paramLabel = "FORMAT",
      converter = PlanFormat.Converter.class,
      description = "Output format: json or markdown (default: from OUTPUT's extension, else json).")
  PlanFormat to;

  @Option(names = "--compact", description = "Write JSON without whitespace.")
  boolean compact;

  @Option(names = "--force", description = "Allow OUTPUT to be the INPUT file, replacing it.")
  boolean force;

  @CommandLine.Mixin EncodingOption encoding = new EncodingOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PlanFormat target = to;
    if (target == null) {
      target = output == null ? null : PlanFormat.ofExtension(output);
      if (target == null) {
        target = PlanFormat.JSON;
      }
    }
    if (target == PlanFormat.TEXT) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot write plain text; use --to json or --to markdown");
    }
    Output.checkNotAnInput(output, List.of(input), force);
    CivicPlanCommand root = CivicPlanCommand.root(spec);
    Plan plan = PlanInput.read(input, from, root.stdin, true, spec.commandLine().getErr(), encoding.encoding);
    PlanFormat format = target;
    Output.write(output, spec.commandLine().getOut(), out -> PlanOutput.write(plan, format, compact, out));
    return CivicPlanCommand.EXIT_OK;
  }
}

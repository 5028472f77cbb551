package org.civicplan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
      "Formats come from the file extensions (.json, .md, .txt) unless --from/--to say otherwise."
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "The plan to read.")
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
    Plan plan = PlanInput.read(input, from, spec.commandLine().getErr(), encoding.encoding);
    if (output == null) {
      Writer out = spec.commandLine().getOut();
      PlanOutput.write(plan, target, compact, out);
      out.flush();
    } else {
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
        PlanOutput.write(plan, target, compact, out);
      }
    }
    return CivicPlanCommand.EXIT_OK;
  }
}

package org.civicplan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.model.Plan;
import org.civicplan.rules.Language;
import org.civicplan.rules.NamedPlan;
import org.civicplan.rules.Profile;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.RuleConfig;
import org.civicplan.rules.ValidationReport;
import org.civicplan.rules.Validator;
import org.civicplan.rules.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code civicplan validate}: checks plans against the rule catalogue and prints one report.
 * Exit code 0 without errors, 1 with at least one error finding, 2 when an input cannot be read.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate plans and print the findings in one report.",
      "INPUT may be a plan file (.json, .md, .txt, .docx, .doc, .html, .pdf) or a directory, searched for such files.",
      "Exit code: 0 no errors, 1 errors found, 2 unreadable input or bad usage."
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Plan files or directories.")
  List<Path> inputs;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ReportFormatConverter.class,
      defaultValue = "text",
      description = "Report format: text (compiler style), json or sarif. Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      converter = ProfileConverter.class,
      description = "Rule profile: default, strict or task-decomposition (default: the config's, else default).")
  Profile profile;

  @Option(names = "--config", paramLabel = "FILE", description = "Rule configuration (.json, .yaml).")
  Path config;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      defaultValue = "zh",
      description = "Language of messages: zh or en. Default: ${DEFAULT-VALUE}.")
  Language language;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUTPUT",
      description = "Write the report here instead of standard output.")
  Path output;

  @CommandLine.Mixin EncodingOption encoding = new EncodingOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    RuleCatalogue catalogue = RuleCatalogue.standard();
    Validator.Builder builder = Validator.builder().catalogue(catalogue).language(language);
    if (config != null) {
      builder.config(RuleConfig.load(config, catalogue));
    }
    if (profile != null) {
      builder.profile(profile);
    }
    Validator validator = builder.build();

    List<Path> files = expand(inputs);
    // Read in parallel, keeping the order of the inputs; an unreadable file is reported and
    // skipped so that the others are still validated.
    List<Optional<NamedPlan>> read =
        files.parallelStream().map(file -> readQuietly(file, err, encoding.encoding)).collect(Collectors.toList());
    List<NamedPlan> plans = new ArrayList<>();
    read.forEach(p -> p.ifPresent(plans::add));
    ValidationReport report = validator.validateAll(plans);

    if (output == null) {
      Writer out = spec.commandLine().getOut();
      format.writer().write(report, out);
    } else {
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
        format.writer().write(report, out);
      }
    }
    if (plans.size() < files.size()) {
      return CivicPlanCommand.EXIT_USAGE;
    }
    return report.hasErrors() ? CivicPlanCommand.EXIT_FINDINGS : CivicPlanCommand.EXIT_OK;
  }

  private static Optional<NamedPlan> readQuietly(Path file, PrintWriter err, java.nio.charset.Charset encoding) {
    try {
      Plan plan = PlanInput.read(file, null, null, encoding);
      return Optional.of(new NamedPlan(file.toString(), plan));
    } catch (IOException e) {
      synchronized (err) {
        err.println("civicplan: " + CivicPlanCommand.describe(e));
        err.flush();
      }
      return Optional.empty();
    }
  }

  /** Files as given, and the plan files inside directories, in name order. */
  private List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(PlanInput::readable)
              .sorted()
              .forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /** Converts --format. */
  static final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return ReportFormat.parse(value);
    }
  }

  /** Converts --profile. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      return Profile.parse(value);
    }
  }

  /** Converts --lang. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      return Language.parse(value);
    }
  }
}

package org.civicplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.io.document.ImportResult;
import org.civicplan.rules.Language;
import org.civicplan.rules.NamedPlan;
import org.civicplan.rules.Profile;
import org.civicplan.rules.RuleCatalogue;
import org.civicplan.rules.RuleConfig;
import org.civicplan.rules.Severity;
import org.civicplan.rules.UnreadableInput;
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
      "INPUT may be a plan file (.json, .md, .txt), a directory, searched for such files, or -"
          + " for standard input.",
      "Exit code: 0 no errors, 1 errors found (or findings at --fail-on's severity), 2 unreadable"
          + " input (also recorded in the report), unwritable output or bad usage, 3 out of memory."
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
      description = "Write the report here instead of standard output (replaced in one step).")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = SeverityConverter.class,
      defaultValue = "error",
      description = "Exit with 1 when a finding of this severity or a worse one is found: error,"
          + " warning or info. Default: ${DEFAULT-VALUE}.")
  Severity failOn;

  @Option(names = "--force", description = "Allow OUTPUT to be one of the input files, replacing it.")
  boolean force;

  /** Runs over at least this many files draw a progress line on a terminal. */
  static final int PROGRESS_FROM = 10;

  @CommandLine.Mixin EncodingOption encoding = new EncodingOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CivicPlanCommand root = CivicPlanCommand.root(spec);
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

    List<UnreadableInput> unreadable = new ArrayList<>();
    List<Path> files = expand(inputs, unreadable, root, err);
    Output.checkNotAnInput(output, files, force);
    Progress progress = new Progress(root.stderrIsTerminal && files.size() >= PROGRESS_FROM, files.size(), err);
    // Read in parallel, keeping the order of the inputs; an unreadable file is reported and
    // skipped so that the others are still validated, and recorded in the report.
    List<Object> read =
        files.parallelStream()
            .map(file -> readQuietly(file, root, err, progress, encoding.encoding))
            .collect(Collectors.toList());
    progress.done();
    List<NamedPlan> plans = new ArrayList<>();
    for (Object r : read) {
      if (r instanceof NamedPlan) {
        plans.add((NamedPlan) r);
      } else {
        unreadable.add((UnreadableInput) r);
      }
    }
    ValidationReport report = validator.validateAll(plans).withUnreadable(unreadable);
    Output.write(output, spec.commandLine().getOut(), out -> format.writer().write(report, out));
    if (!unreadable.isEmpty()) {
      return CivicPlanCommand.EXIT_USAGE;
    }
    boolean fails = report.findings().stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
    return fails ? CivicPlanCommand.EXIT_FINDINGS : CivicPlanCommand.EXIT_OK;
  }

  private static Object readQuietly(
      Path file, CivicPlanCommand root, PrintWriter err, Progress progress, java.nio.charset.Charset encoding) {
    try {
      ImportResult result = PlanInput.readResult(file, null, root.stdin, false, null, encoding);
      return new NamedPlan(PlanInput.name(file), result.plan(), result.locations());
    } catch (IOException | RuntimeException e) {
      progress.clear();
      root.report(e, err);
      return new UnreadableInput(PlanInput.name(file), CivicPlanCommand.describe(e));
    } finally {
      progress.step();
    }
  }

  /** Files as given, and the plan files inside directories, in name order. */
  private static List<Path> expand(
      List<Path> paths, List<UnreadableInput> unreadable, CivicPlanCommand root, PrintWriter err) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(PlanInput::readable)
              .sorted()
              .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          IOException cause = e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
          root.report(cause, err);
          unreadable.add(new UnreadableInput(path.toString(), CivicPlanCommand.describe(cause)));
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  /**
   * A progress line on standard error, redrawn in place, for long runs on a terminal; nothing
   * otherwise.
   */
  static final class Progress {
    private final boolean on;
    private final int total;
    private final PrintWriter err;
    private int done;

    Progress(boolean on, int total, PrintWriter err) {
      this.on = on;
      this.total = total;
      this.err = err;
    }

    void step() {
      if (!on) {
        return;
      }
      synchronized (err) {
        done++;
        err.print("\rcivicplan: read " + done + " of " + total + " files");
        err.flush();
      }
    }

    void clear() {
      if (on) {
        synchronized (err) {
          err.print("\r\033[K");
          err.flush();
        }
      }
    }

    void done() {
      if (on) {
        clear();
      }
    }
  }

  /** Converts --format. */
  static final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Converts --profile. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      try {
        return Profile.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Converts --lang. */
  static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Converts --fail-on: error, warning or info. */
  static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      for (Severity s : Severity.values()) {
        if (s.label().equalsIgnoreCase(value.trim())) {
          return s;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown severity \"" + value + "\"; expected error, warning or info");
    }
  }
}

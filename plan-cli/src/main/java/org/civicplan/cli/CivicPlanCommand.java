package org.civicplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code civicplan} command: convert, inspect and validate work plans in a terminal.
 *
 * <pre>
 * civicplan convert examples/jiangsu-road-2024.md --to json -o plan.json
 * civicplan stats plan.json
 * </pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} success, {@value #EXIT_FINDINGS} validation found errors,
 * {@value #EXIT_USAGE} unreadable input or bad usage (one line on stderr; the stack trace only
 * with {@code --verbose}).
 */
@Command(
    name = "civicplan",
    mixinStandardHelpOptions = true,
    versionProvider = CivicPlanCommand.Version.class,
    description = "Convert, inspect and validate government work plans (工作计划).",
    subcommands = {
      ConvertCommand.class,
      StatsCommand.class,
      ValidateCommand.class,
      RulesCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CivicPlanCommand implements Runnable {
  /** Success. */
  public static final int EXIT_OK = 0;

  /** Validation reported at least one error. */
  public static final int EXIT_FINDINGS = 1;

  /** Unreadable input or bad usage. */
  public static final int EXIT_USAGE = 2;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // POI logs through the Log4j API, which complains on stderr when no backend is present; the
    // command line has no use for library logging: route it to Log4j's simple logger, switched off.
    if (System.getProperty("log4j.provider") == null) {
      System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
      System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line with the given streams; what {@link #main} does, for tests and
   * embedding.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CivicPlanCommand root = new CivicPlanCommand();
    CommandLine cli = new CommandLine(root);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("civicplan: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (root.verbose) {
            ex.printStackTrace(err);
          }
          err.println("civicplan: " + describe(ex));
          return EXIT_USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static String describe(Throwable ex) {
    if (ex instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + ex.getMessage();
    }
    if (ex instanceof java.nio.file.AccessDeniedException) {
      return "cannot read: " + ex.getMessage();
    }
    if (ex instanceof UncheckedIOException && ex.getCause() != null) {
      return describe(ex.getCause());
    }
    String message = ex.getMessage();
    return message == null ? ex.getClass().getSimpleName() : message.replace('\n', ' ');
  }

  /** Reads the version from the jar's build information. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = CivicPlanCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"civicplan " + p.getProperty("version", "unknown")};
    }
  }
}

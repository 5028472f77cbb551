package org.civicplan.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed and its exit code. */
record Cli(int exitCode, String out, String err) {

  static Cli run(String... args) {
    return withStdin(new byte[0], false, args);
  }

  /** Runs with {@code stdin} as standard input and standard error a terminal or not. */
  static Cli withStdin(byte[] stdin, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CivicPlanCommand.run(
            new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), terminal, args);
    return new Cli(code, out.toString(), err.toString());
  }
}

package org.civicplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The command line, held just before it moves a written output into place: creates the file
 * named by the first argument, then waits until the process is stopped; the other arguments go
 * to {@link CivicPlanCommand}. Lets InterruptedWriteProcessTest signal a child JVM at a known
 * moment instead of racing the end of the write.
 */
final class HeldWriteMain {
  private HeldWriteMain() {}

  public static void main(String[] args) {
    Path held = Path.of(args[0]);
    Output.beforeMove = () -> {
      try {
        Files.createFile(held);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      while (true) {
        try {
          Thread.sleep(60_000);
        } catch (InterruptedException e) {
          // keep holding: only a signal ends this process
        }
      }
    };
    CivicPlanCommand.main(Arrays.copyOfRange(args, 1, args.length));
  }
}

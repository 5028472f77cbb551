package org.civicplan.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Describes the machine the report is generated on: CPU, cores, memory, operating system. */
final class Machine {
  private Machine() {}

  /** @return lines such as {@code CPU: … (2 cores available to the JVM)} */
  static List<String> describe() {
    List<String> lines = new ArrayList<>();
    String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    lines.add("CPU: " + cpu + " — " + Runtime.getRuntime().availableProcessors() + " cores available to the JVM");
    firstValue(Path.of("/proc/meminfo"), "MemTotal")
        .map(v -> v.replace(" kB", "").trim())
        .map(Long::parseLong)
        .ifPresent(kb -> lines.add(String.format(Locale.ROOT, "Memory: %.1f GiB", kb / 1024.0 / 1024.0)));
    lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
        + " (" + System.getProperty("os.arch") + ")");
    return lines;
  }

  private static java.util.Optional<String> firstValue(Path file, String key) {
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(key)) {
          return java.util.Optional.of(line.substring(colon + 1).trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }
}

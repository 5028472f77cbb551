package org.civicplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stats} and {@code convert} on every document shape of plan-io's tests; a document without a sentence is refused with its line. */
class ShapesCommandLineTest {
  static final Path SHAPES = Path.of("..", "plan-io", "src", "test", "resources", "shapes");

  @TempDir Path dir;

  static List<Path> documents() throws IOException {
    try (Stream<Path> files = Files.list(SHAPES)) {
      return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted().toList();
    }
  }

  @Test
  void statsAndConvertWorkOnEveryShape() throws IOException {
    List<Path> docs = documents();
    assertThat(docs).hasSizeGreaterThanOrEqualTo(18);
    for (Path doc : docs) {
      if (doc.getFileName().toString().startsWith("18-")) {
        continue;
      }
      Plan plan = PlanDocuments.create().read(doc).plan();
      Cli stats = Cli.run("stats", doc.toString());
      assertThat(stats.exitCode()).as(doc.toString()).isZero();
      assertThat(stats.out()).as(doc.toString())
          .contains("sections:    " + plan.sections().size())
          .contains("initiatives: " + plan.initiatives().count())
          .contains("indicators:  " + plan.indicators().count());
      Path json = dir.resolve(doc.getFileName() + ".json");
      Cli convert = Cli.run("convert", doc.toString(), "--to", "json", "-o", json.toString());
      assertThat(convert.exitCode()).as(doc.toString()).isZero();
      assertThat(PlanJson.create().read(json)).as(doc.toString()).isEqualTo(plan);
      Cli markdown = Cli.run("convert", json.toString(), "--to", "markdown");
      assertThat(markdown.exitCode()).as(doc.toString()).isZero();
      assertThat(markdown.out()).as(doc.toString()).startsWith("# " + plan.title().replace("|", "\\|"));
    }
  }

  @Test
  void aDocumentWithoutASentenceIsRefusedWithItsLine() {
    Cli stats = Cli.run("stats", SHAPES.resolve("18-links.txt").toString());
    assertThat(stats.exitCode()).isEqualTo(2);
    assertThat(stats.err()).contains("18-links.txt:2:").contains("no sentence");
  }
}

package org.civicplan.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.document.PlanDocuments;
import org.civicplan.model.Plan;

/**
 * The bundled example {@code examples/jiangsu-road-2024.md} (江苏路街道 2024 年工作计划), read by
 * the real importer, as the validation tests see it.
 */
final class SamplePlan {
  /** The bundled example, relative to this module's directory (where Maven runs the tests). */
  static final Path PATH = Path.of("..", "examples", "jiangsu-road-2024.md");

  private SamplePlan() {}

  static Plan load() throws IOException {
    if (!Files.isRegularFile(PATH)) {
      throw new IOException("the bundled example is missing: " + PATH.toAbsolutePath());
    }
    return PlanDocuments.create().read(PATH).plan();
  }
}

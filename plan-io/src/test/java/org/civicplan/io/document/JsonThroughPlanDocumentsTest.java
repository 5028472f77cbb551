package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicplan.io.PlanFormatException;
import org.civicplan.io.json.PlanJson;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PlanDocuments is the one entry point: it reads the canonical JSON form as PlanJson does. */
class JsonThroughPlanDocumentsTest {
  static final Path EXAMPLE = Path.of("..", "examples", "jiangsu-road-2024.json");

  @TempDir Path dir;

  @Test
  void readsAJsonFileByItsExtensionAsPlanJsonDoes() throws IOException {
    ImportResult result = PlanDocuments.create().read(EXAMPLE);
    assertThat(result.plan()).isEqualTo(PlanJson.create().read(EXAMPLE));
    assertThat(result.diagnostics()).isEmpty();
    assertThat(DocumentFormat.fromFileName("plan.JSON")).contains(DocumentFormat.JSON);
  }

  @Test
  void readsJsonFromAStreamAndNamesTheSourceInErrors() throws IOException {
    Plan plan = PlanJson.create().read(EXAMPLE);
    byte[] bytes = PlanJson.create().writeBytes(plan);
    assertThat(PlanDocuments.create().read(new ByteArrayInputStream(bytes), DocumentFormat.JSON, "x.json").plan())
        .isEqualTo(plan);
    byte[] bad = "{\"formatVersion\":\"1.0\",\n\"title\":[]}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> PlanDocuments.create().read(new ByteArrayInputStream(bad), DocumentFormat.JSON, "bad.json"))
        .isInstanceOfSatisfying(
            PlanFormatException.class,
            e -> {
              assertThat(e.sourceName()).contains("bad.json");
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.pointer()).contains("/title");
              assertThat(e.getMessage()).startsWith("bad.json:2:");
            });
  }

  @Test
  void strictReadingRejectsUnknownJsonProperties() throws IOException {
    Path file = dir.resolve("extra.json");
    Files.writeString(file, "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"budget\":5}", StandardCharsets.UTF_8);
    assertThat(PlanDocuments.create().read(file).plan().extensions()).containsKey("budget");
    assertThatThrownBy(() -> PlanDocuments.builder().strict(true).build().read(file))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("budget");
  }

  @Test
  void jsonBeyondTheDocumentLimitIsReadUnderJsonsOwnDefault() throws IOException {
    // 65 Mi characters: over the defaults for Markdown and for office documents, under PlanJson's.
    String paragraph = "\"" + "长".repeat(13 << 20) + "\"";
    String big = "{\"formatVersion\":\"1.0\",\"title\":\"t\",\"preamble\":["
        + String.join(",", java.util.Collections.nCopies(5, paragraph)) + "]}";
    assertThat((long) big.length()).isGreaterThan(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    assertThat(PlanDocuments.create().read(big, DocumentFormat.JSON, "big.json").plan().preamble()).hasSize(5);
    assertThatThrownBy(() -> PlanDocuments.create().read("# t\n\n" + big, DocumentFormat.MARKDOWN, "big.md"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("input too large");
  }

  @Test
  void markdownAndTextStopAtTheirOwnDefaultLimit() throws IOException {
    PlanDocuments documents = PlanDocuments.create();
    assertThat(documents.maxTextBytes()).isEqualTo(PlanDocuments.DEFAULT_MAX_TEXT_BYTES);
    assertThat(documents.maxInputBytes()).isEqualTo(PlanDocuments.DEFAULT_MAX_INPUT_BYTES);
    String over = "# t\n\n" + "长".repeat((int) PlanDocuments.DEFAULT_MAX_TEXT_BYTES);
    for (DocumentFormat f : List.of(DocumentFormat.MARKDOWN, DocumentFormat.TEXT)) {
      assertThatThrownBy(() -> documents.read(over, f, "big"))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageContaining("more than " + PlanDocuments.DEFAULT_MAX_TEXT_BYTES + " characters");
    }
    Path file = dir.resolve("big.md");
    Files.writeString(file, "# t\n\n" + "长".repeat((int) (PlanDocuments.DEFAULT_MAX_TEXT_BYTES / 3)), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> documents.read(file))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("more than " + PlanDocuments.DEFAULT_MAX_TEXT_BYTES + " bytes");
    assertThat(PlanDocuments.builder().maxInputBytes(16 << 20).build().read(file).plan().title()).isEqualTo("t");
  }

  @Test
  void theSizeLimitAppliesToJsonToo() throws IOException {
    Path file = dir.resolve("big.json");
    Files.writeString(file, "{\"formatVersion\":\"1.0\",\"title\":\"" + "长".repeat(200) + "\"}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PlanDocuments.builder().maxInputBytes(100).build().read(file))
        .isInstanceOf(PlanFormatException.class);
  }
}

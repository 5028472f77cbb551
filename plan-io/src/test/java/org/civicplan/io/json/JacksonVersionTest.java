package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import java.nio.charset.StandardCharsets;
import org.civicplan.io.PlanFormatException;
import org.civicplan.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The JSON suites run with the Jackson 2 the build means (the newest here, the oldest supported
 * in plan-jackson-compat), and PlanJson behaves the same on both.
 */
class JacksonVersionTest {

  @Test
  void theClassPathHoldsTheJacksonTheBuildAsksFor() {
    String expected = System.getProperty("civicplan.expectedJacksonVersion");
    assertThat(expected).as("set by the surefire configuration").isNotBlank();
    Version core = com.fasterxml.jackson.core.json.PackageVersion.VERSION;
    Version databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION;
    assertThat(core.toString()).isEqualTo(expected);
    assertThat(databind.toString()).isEqualTo(expected);
    boolean from216 = core.getMajorVersion() > 2 || core.getMinorVersion() >= 16;
    boolean from218 = core.getMajorVersion() > 2 || core.getMinorVersion() >= 18;
    assertThat(JacksonFeatures.LIMITS_LENGTHS).isEqualTo(from216);
    assertThat(JacksonFeatures.COMBINES_SURROGATES).isEqualTo(from218);
  }

  @Test
  void limitsAndBytesAreTheSameOnEveryVersion() throws Exception {
    Plan plan = Plan.builder().title("江苏路街道 2024 年工作计划 😀𠀀").build();
    PlanJson json = PlanJson.builder().pretty(false).maxDocumentLength(200).build();
    String text = json.write(plan);
    // Supplementary characters as 4-byte UTF-8, never as surrogate-pair escapes.
    assertThat(json.writeBytes(plan)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    json.write(plan, out);
    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(json.read(new java.io.StringReader(text))).isEqualTo(plan);

    String tooLong = text.replace("\"title\":\"", "\"title\":\"" + "长".repeat(300));
    for (PlanFormatException e : new PlanFormatException[] {
        failure(() -> json.read(tooLong)),
        failure(() -> json.read(new java.io.StringReader(tooLong))),
        failure(() -> json.read(tooLong.getBytes(StandardCharsets.UTF_8)))}) {
      assertThat(e.getMessage()).contains("maxDocumentLength");
    }
  }

  interface Read {
    Plan read() throws Exception;
  }

  private static PlanFormatException failure(Read read) throws Exception {
    try {
      read.read();
    } catch (PlanFormatException e) {
      return e;
    }
    throw new AssertionError("expected a PlanFormatException");
  }
}

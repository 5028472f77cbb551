package org.civicplan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.civicplan.io.PlanFormatException;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema and the strict reader agree, and a second, independent validator agrees with
 * both: ajv 8 in strict draft 2020-12 mode compiled the schema and judged the example and its 20
 * single-change variants ({@code src/test/resources/…/variants}); its output is committed in
 * {@code src/test/ajv/ajv-strict.txt} with the script that made it (CI has no node).
 */
class SchemaVariantsTest {
  static final Path VARIANTS = Path.of("src", "test", "resources", "org", "civicplan", "io", "json", "variants");
  static final Path AJV = Path.of("src", "test", "ajv", "ajv-strict.txt");
  static final PlanJson STRICT = PlanJson.builder().strict(true).build();

  @Test
  void ajvCompiledTheSchemaInStrictMode() throws IOException {
    assertThat(Files.readAllLines(AJV, StandardCharsets.UTF_8).get(0))
        .startsWith("compile: ok (ajv 8.").contains("strict, draft 2020-12");
    // What ajv's strict mode refused before: a URN without a namespace id and a required
    // property its subschema does not declare.
    String schema = new String(PlanJson.schema().openStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(schema).contains("\"$id\": \"urn:civicplan:schema:plan:1.1\"");
  }

  @Test
  void theStrictReaderTheSchemaAndAjvAgreeOnEveryVariant() throws IOException {
    Map<String, Boolean> ajv = new LinkedHashMap<>();
    for (String line : Files.readAllLines(AJV, StandardCharsets.UTF_8)) {
      if (!line.startsWith("compile:")) {
        String name = line.substring(0, line.indexOf(": "));
        ajv.put(name, line.substring(line.indexOf(": ") + 2).startsWith("valid"));
      }
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(VARIANTS)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    assertThat(files).hasSize(21);
    assertThat(ajv.keySet()).containsExactlyElementsOf(files.stream().map(p -> p.getFileName().toString()).toList());
    int valid = 0;
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      boolean reader = readsStrictly(json);
      boolean schema = PlanJsonPropertiesTest.SCHEMA.validate(json, InputFormat.JSON).isEmpty();
      assertThat(reader).as(name + ": strict reader vs schema").isEqualTo(schema);
      assertThat(ajv.get(name)).as(name + ": ajv vs schema").isEqualTo(schema);
      valid += schema ? 1 : 0;
    }
    // Both outcomes are exercised: the unchanged example and three accepted changes.
    assertThat(valid).isEqualTo(4);
  }

  @Test
  void nullIsRefusedStrictlyAndReadAsAbsentLeniently() throws IOException {
    String json = Files.readString(VARIANTS.resolve("01-vision-null.json"), StandardCharsets.UTF_8);
    assertThat(readsStrictly(json)).isFalse();
    assertThat(PlanJson.create().read(json).vision()).isEmpty();
  }

  private static boolean readsStrictly(String json) {
    try {
      STRICT.read(json);
      return true;
    } catch (PlanFormatException e) {
      return false;
    }
  }
}

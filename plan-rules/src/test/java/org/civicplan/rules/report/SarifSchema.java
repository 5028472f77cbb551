package org.civicplan.rules.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official OASIS SARIF 2.1.0 JSON Schema (test resource {@code /sarif/sarif-schema-2.1.0.json},
 * provenance in its README), compiled once, to check the SARIF we write. Shared with the command
 * line's tests through this module's test-jar.
 */
public final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("the SARIF schema is missing from the test resources");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param sarif a SARIF log as JSON text
   * @return the schema violations, empty if the log is valid
   */
  public static List<String> errors(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}

package org.civicplan.io.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civicplan.io.PlanFormatException;
import org.junit.jupiter.api.Test;

/** An upload: bytes and a file name, read as {@link PlanDocuments#read(Path)} reads the file. */
class ReadByFileNameTest {
  static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void aStreamNamedLikeAFileIsReadAsTheFile() throws IOException {
    PlanDocuments documents = PlanDocuments.create();
    for (String name : new String[] {"jiangsu-road-2024.md", "jiangsu-road-2024.json"}) {
      Path file = EXAMPLES.resolve(name);
      ImportResult fromFile = documents.read(file);
      ImportResult fromStream;
      try (InputStream in = Files.newInputStream(file)) {
        fromStream = documents.read(in, file.toString());
      }
      assertThat(fromStream.plan()).as(name).isEqualTo(fromFile.plan());
      assertThat(fromStream.diagnostics()).as(name).isEqualTo(fromFile.diagnostics());
      assertThat(fromStream.locations()).as(name).isEqualTo(fromFile.locations());
    }
  }

  @Test
  void anUnknownExtensionOrAMissingModuleIsNamed() {
    PlanDocuments documents = PlanDocuments.create();
    assertThatThrownBy(() -> documents.read(new ByteArrayInputStream(new byte[1]), "plan.xyz"))
        .isInstanceOfSatisfying(PlanFormatException.class,
            e -> assertThat(e.sourceName()).contains("plan.xyz"))
        .hasMessageContaining("unsupported file extension")
        .hasMessageContaining(".md");
    assertThatThrownBy(() -> documents.read(new ByteArrayInputStream(new byte[1]), "plan.docx"))
        .isInstanceOf(PlanFormatException.class)
        .hasMessageContaining("org.civicplan:plan-docx");
  }
}

package org.civicplan.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicplan.rules.Language;
import org.junit.jupiter.api.Test;

/** The project URL has one place, the root pom's {@code <url>}; the SARIF takes it from there. */
class ProjectUrlTest {
  static final Path ROOT = Path.of("..");

  static String pomUrl() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("</description>\\s*<url>([^<]+)</url>").matcher(pom);
    assertThat(m.find()).as("the root pom's <url>").isTrue();
    return m.group(1).trim();
  }

  @Test
  void theSarifLinksAreThePomsUrl() throws IOException {
    String url = pomUrl();
    StringWriter out = new StringWriter();
    new SarifReportWriter().write(ReportWritersTest.twoFiles(Language.ZH), out);
    JsonNode driver = new ObjectMapper().readTree(out.toString()).at("/runs/0/tool/driver");
    assertThat(driver.path("informationUri").asText()).isEqualTo(url);
    assertThat(driver.path("rules")).isNotEmpty();
    for (JsonNode rule : driver.path("rules")) {
      assertThat(rule.path("helpUri").asText()).startsWith(url + "/blob/main/docs/rules.md#");
    }
  }

  @Test
  void noSourceFileRepeatsTheUrl() throws IOException {
    String url = pomUrl();
    List<Path> mains = new ArrayList<>();
    for (Path parent : List.of(ROOT, ROOT.resolve("examples"))) {
      try (Stream<Path> dirs = Files.list(parent)) {
        dirs.map(d -> d.resolve("src").resolve("main")).filter(Files::isDirectory).forEach(mains::add);
      }
    }
    assertThat(mains).isNotEmpty();
    List<Path> repeating = new ArrayList<>();
    for (Path main : mains) {
      try (Stream<Path> files = Files.walk(main)) {
        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(url)) {
            repeating.add(f);
          }
        }
      }
    }
    assertThat(repeating).as("files that spell out " + url + " instead of reading it").isEmpty();
  }
}

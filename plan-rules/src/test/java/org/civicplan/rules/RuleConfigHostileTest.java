package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Configuration files that are not what they should be: each a RuleConfigException with a place. */
class RuleConfigHostileTest {
  static final RuleCatalogue CATALOGUE = RuleCatalogue.builtin();

  @TempDir Path dir;

  static RuleConfigException loading(Path file) {
    return catchThrowableOfType(RuleConfigException.class, () -> RuleConfig.load(file, CATALOGUE));
  }

  static RuleConfigException parsing(String name, String text) {
    return catchThrowableOfType(RuleConfigException.class,
        () -> RuleConfig.parse(new StringReader(text), name, CATALOGUE));
  }

  @Test
  void aFileThatIsNotUtf8NamesTheFileLineAndByte() throws IOException {
    Path file = dir.resolve("rules.yaml");
    byte[] bytes = "rules:\n  structure/numbering-gap: \u9519\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, bad, 0, 27);
    bad[27] = (byte) 0xFF;
    System.arraycopy(bytes, 27, bad, 28, bytes.length - 27);
    Files.write(file, bad);
    RuleConfigException e = loading(file);
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo(file + ":2:21: not UTF-8: byte 0xFF at offset 27; save the file as UTF-8");
  }

  @Test
  void byteOrderMarksOfOtherEncodingsAreNamedCorrectly() throws IOException {
    byte[][] marks = {{(byte) 0xFF, (byte) 0xFE, 0, 0}, {0, 0, (byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
    String[] names = {"UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"};
    for (int i = 0; i < marks.length; i++) {
      Path file = dir.resolve("c" + i + ".json");
      byte[] body = "{\"profile\":\"strict\"}".getBytes(StandardCharsets.UTF_16LE);
      byte[] all = new byte[marks[i].length + body.length];
      System.arraycopy(marks[i], 0, all, 0, marks[i].length);
      System.arraycopy(body, 0, all, marks[i].length, body.length);
      Files.write(file, all);
      assertThat(loading(file).getMessage()).as(names[i])
          .isEqualTo(file + ":1:1: the file is " + names[i] + " (byte order mark); save it as UTF-8");
    }
    Path utf8 = dir.resolve("bom.json");
    Files.write(utf8, ("\uFEFF{\"profile\":\"strict\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(RuleConfig.load(utf8, CATALOGUE).profile()).contains(Profile.STRICT);
  }

  @Test
  void aDirectoryIsAClearError() {
    assertThat(loading(dir).getMessage()).isEqualTo(dir + ": is a directory; name a configuration file (.json, .yaml)");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aFifoOrDevZeroDoesNotHang() throws Exception {
    assertThat(loading(Path.of("/dev/zero")).getMessage())
        .isEqualTo("/dev/zero: is not a regular file (a device or a pipe); name a configuration file");
    Path fifo = dir.resolve("rules.fifo");
    Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mk.waitFor()).isZero();
    assertThat(loading(fifo).getMessage()).contains("is not a regular file");
  }

  @Test
  void aSecondYamlDocumentIsAnError() {
    RuleConfigException e = parsing("rules.yaml", "profile: strict\n---\nprofile: default\n");
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("rules.yaml:3:").contains("a second YAML document (after ---) is not read");
    assertThat(parsing("rules.json", "{} {}").getMessage()).contains("more content after the configuration object");
  }

  @Test
  void numberErrorsHaveNoJavaClassNames() {
    Rule near = CATALOGUE.find("text/near-duplicate-initiative").orElseThrow();
    String threshold = near.thresholds().get(0).name();
    for (String value : new String[] {"1e999999999", "0x1G", "1_000_000_000_000_000_000_000_000", "99999999999999999999999999999999"}) {
      RuleConfigException e = parsing("rules.yaml", "rules:\n  text/near-duplicate-initiative:\n    " + threshold + ": " + value + "\n");
      assertThat(e).as(value).isNotNull();
      assertThat(e.getMessage()).as(value).startsWith("rules.yaml:3:").doesNotContain("java.").doesNotContain("Exception");
    }
  }

  @Test
  void aReadersLimitIsInCharacters() {
    String big = "{\"profile\":\"strict\"" + " ".repeat(RuleConfig.MAX_BYTES) + "}";
    assertThat(parsing("big.json", big).getMessage())
        .isEqualTo("big.json: the configuration is longer than 1048576 characters");
  }

  @Test
  void yamlAliasesAnchorsAndTagsAreRefused() {
    String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nrules: *c\n";
    assertThat(parsing("bomb.yaml", bomb).getMessage()).startsWith("bomb.yaml:1:").contains("YAML anchors (&a) are not allowed");
    assertThat(parsing("alias.yaml", "profile: *p\n").getMessage()).contains("YAML aliases (*p) are not allowed");
    assertThat(parsing("tag.yaml", "profile: !!python/object:os.system strict\n").getMessage())
        .contains("YAML tags (").contains("are not allowed");
    assertThat(parsing("global.yaml", "profile: !<tag:example.com,2024:x> strict\n").getMessage())
        .contains("YAML tags (tag:example.com,2024:x) are not allowed");
  }
}

package org.civicplan.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's examples on the module path: a consumer with its own {@code module-info.java}
 * ({@code src/test/consumer}: requires org.civicplan.io, .rules, .tasks, .jackson3, provides a
 * custom rule) is compiled against the built CivicPlan jars with {@code --module-path} and
 * launched with {@code java --module-path … -m com.example.district/…}. It reads the sample plan in
 * every format (Markdown, Word .docx and .doc, HTML, PDF: the format modules come in by service
 * binding), validates it with {@code RuleCatalogue.standard()}, writes and merges a task sheet and
 * round-trips plans through Jackson 2 and 3 mappers. The same compiled classes are then run on
 * the class path, and every line they print must be the same, except the module names and the
 * texts of a rule in a package not opened to the library, which must fail, naming the fix.
 *
 * <p>The module path is plan-modulepath's run-time dependencies as Maven resolved them
 * ({@code target/module-path.txt}, written by dependency:build-classpath): the reactor's jars in
 * {@code ./mvnw verify}, their class directories in {@code ./mvnw test}.
 */
class ModulePathTest {
  static final String MODULE = "com.example.district";
  static final String MAIN = "com.example.district.Main";

  static List<String> libraries;
  static Path classes;
  static List<String> documents;

  @BeforeAll
  static void compileTheConsumer() throws IOException {
    Path file = Path.of(System.getProperty("civicplan.modulePathFile"));
    String path = Files.readString(file, StandardCharsets.UTF_8).trim();
    libraries = List.of(path.split(File.pathSeparator));
    assertThat(libraries).as("the module path").isNotEmpty();

    Path sources = Path.of(System.getProperty("civicplan.consumerSources"));
    Path work = Path.of(System.getProperty("civicplan.workDirectory"));
    classes = work.resolve("classes");
    deleteRecursively(classes);
    Files.createDirectories(classes);
    List<String> javaFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        if (p.toString().endsWith(".java")) {
          javaFiles.add(p.toString());
        } else {
          Path target = classes.resolve(sources.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    }
    List<String> args = new ArrayList<>(List.of(
        "--release", "17", "-encoding", "UTF-8",
        "-d", classes.toString(), "--module-path", path));
    args.addAll(javaFiles);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, args.toArray(String[]::new));
    assertThat(status).as("the consumer module compiles against the CivicPlan modules").isZero();

    Path repository = Path.of(System.getProperty("civicplan.repository"));
    documents = Stream.of(
            "examples/jiangsu-road-2024.md",
            "plan-docx/src/test/resources/documents/jiangsu-road-2024.docx",
            "plan-docx/src/test/resources/documents/jiangsu-road-2024.doc",
            "plan-html/src/test/resources/documents/jiangsu-road-2024-gbk.html",
            "plan-pdf/src/test/resources/documents/jiangsu-road-2024.pdf")
        .map(d -> repository.resolve(d).toAbsolutePath().normalize().toString())
        .toList();
  }

  @Test
  void theReadmeExamplesRunOnTheModulePathAsOnTheClassPath() throws Exception {
    String modulePath = String.join(File.pathSeparator, libraries) + File.pathSeparator + classes;
    Map<String, String> modular = run(List.of("--module-path", modulePath, "-m", MODULE + "/" + MAIN));
    Map<String, String> plain = run(List.of("-cp", modulePath, MAIN));

    // Really named modules, resolved from the descriptors (a split package or a missing
    // requires would have stopped the launch).
    assertThat(modular.get("modules"))
        .isEqualTo("com.example.district org.civicplan.model org.civicplan.io org.civicplan.rules");
    assertThat(plain.get("modules")).isEqualTo("null null null null");

    // The README's examples.
    assertThat(modular.get("readme-equal")).isEqualTo("true");
    assertThat(modular.get("readme-pointer")).isEqualTo("/sections/0/goals/0/initiatives/0/indicators/0");
    assertThat(modular.get("readme-update")).isEqualTo("DONE 品质生活焕然一新");
    assertThat(modular.get("jackson2-roundtrip")).isEqualTo("true true");
    assertThat(modular.get("jackson3-roundtrip")).isEqualTo("true");
    assertThat(modular.get("jackson2-modules"))
        .contains("org.civicplan.io.json.PlanJsonModule")
        .contains("org.civicplan.rules.report.ReportJsonModule");

    // RuleCatalogue.standard(): every built-in rule has its texts (a rule without its bundle
    // would show its id), and the consumer's own rule was found as a service, with its texts.
    List<String> rules = modular.keySet().stream().filter(k -> k.startsWith("rule\t")).toList();
    assertThat(rules).hasSizeGreaterThan(20);
    for (String rule : rules) {
      String id = rule.substring("rule\t".length());
      String[] titles = modular.get(rule).split("\t");
      assertThat(titles[0]).as("Chinese title of " + id).isNotEqualTo(id).isNotBlank();
      assertThat(titles[1]).as("English title of " + id).isNotEqualTo(id).isNotBlank();
    }
    assertThat(modular.get("rule\tdistrict/title-year")).isEqualTo("标题未写明年份\tTitle names no year");
    assertThat(modular.get("custom-finding"))
        .isEqualTo("标题“江苏路街道工作计划”未写明年份。\tThe title \"江苏路街道工作计划\" names no year.");

    // Texts in a package the module does not open: refused, saying what to add.
    assertThat(modular.get("closed-rule"))
        .contains("com.example.district.closed")
        .contains("opens com.example.district.closed to org.civicplan.rules;");
    assertThat(plain.get("closed-rule")).isEqualTo("built");

    // Every document read (each format module was bound as a service) and validated.
    for (String document : documents) {
      assertThat(modular).containsKey("document\t" + document);
    }
    assertThat(modular).containsKey("tasks");

    // And everything else exactly as on the class path.
    Map<String, String> rest = new LinkedHashMap<>(modular);
    Map<String, String> plainRest = new LinkedHashMap<>(plain);
    for (String differs : List.of("modules", "closed-rule")) {
      rest.remove(differs);
      plainRest.remove(differs);
    }
    assertThat(rest).isEqualTo(plainRest);
  }

  /** Runs the consumer; its output lines as key (up to the last tab-free field) to value. */
  private static Map<String, String> run(List<String> launch) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(launch);
    command.addAll(documents);
    Path log = Files.createTempFile(classes.getParent(), "run", ".txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    // A guard against a hung child, not a timing assertion.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as("%s%nprinted:%n%s", command, output).isZero();
    Map<String, String> facts = new LinkedHashMap<>();
    for (String line : output.split("\n")) {
      String[] fields = line.split("\t", -1);
      if (fields.length < 2) {
        continue; // a library's own notice on stderr, such as Log4j's about its missing backend
      }
      // "rule" and "document" lines are keyed by their second field too.
      boolean keyed = fields[0].equals("rule") || fields[0].equals("document");
      String key = keyed ? fields[0] + "\t" + fields[1] : fields[0];
      String value = line.substring(key.length() + 1);
      assertThat(facts.put(key, value)).as("line %s printed once", key).isNull();
    }
    return facts;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

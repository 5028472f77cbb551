package org.civicplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.civicplan.model.Plan;

/**
 * Builds, from source with the JDK's compiler, a jar of custom rules as a district would ship
 * it: {@code district/title-year} (error, default profile, through {@code
 * META-INF/services/org.civicplan.rules.RuleProvider}) and {@code district/section-count} (info,
 * strict profile, listed directly in {@code META-INF/services/org.civicplan.rules.Rule}), with
 * their texts in their own resource bundle. Shared with the command line's tests through this
 * module's test-jar.
 */
public final class CustomRuleJar {
  private CustomRuleJar() {}

  static final String TITLE_RULE = """
      package com.example.district;

      import java.util.Set;
      import org.civicplan.model.ElementKind;
      import org.civicplan.rules.BundleRule;
      import org.civicplan.rules.Profile;
      import org.civicplan.rules.RuleContext;
      import org.civicplan.rules.Severity;

      public final class TitleYearRule extends BundleRule {
        public TitleYearRule() {
          super("district/title-year", Severity.ERROR, Profile.DEFAULT, Set.of(ElementKind.PLAN),
              "com.example.district.messages");
        }

        @Override
        public void check(RuleContext context) {
          if (!context.plan().title().contains("年")) {
            context.report(context.root(), "message", context.plan().title());
          }
        }
      }
      """;

  static final String SECTION_RULE = """
      package com.example.district;

      import java.util.Set;
      import org.civicplan.model.ElementKind;
      import org.civicplan.model.PlanNode;
      import org.civicplan.rules.BundleRule;
      import org.civicplan.rules.Profile;
      import org.civicplan.rules.RuleContext;
      import org.civicplan.rules.Severity;

      public final class SectionCountRule extends BundleRule {
        public SectionCountRule() {
          super("district/section-count", Severity.INFO, Profile.STRICT, Set.of(ElementKind.SECTION),
              "com.example.district.messages");
        }

        @Override
        public void check(RuleContext context) {
          if (context.nodes(ElementKind.SECTION).size() > 1) {
            context.report(context.root(), "message", context.nodes(ElementKind.SECTION).size());
          }
        }
      }
      """;

  static final String PROVIDER = """
      package com.example.district;

      import java.util.List;
      import org.civicplan.rules.Rule;
      import org.civicplan.rules.RuleProvider;

      public final class DistrictRules implements RuleProvider {
        @Override
        public List<Rule> rules() {
          return List.of(new TitleYearRule());
        }
      }
      """;

  /**
   * Builds the jar.
   *
   * @param dir an empty working directory
   * @return the jar
   * @throws IOException if writing fails
   */
  public static Path build(Path dir) throws IOException {
    Path src = dir.resolve("src/com/example/district");
    Files.createDirectories(src);
    Files.writeString(src.resolve("TitleYearRule.java"), TITLE_RULE);
    Files.writeString(src.resolve("SectionCountRule.java"), SECTION_RULE);
    Files.writeString(src.resolve("DistrictRules.java"), PROVIDER);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    String classpath = String.join(java.io.File.pathSeparator,
        location(Rule.class), location(Plan.class));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath,
        "--release", "17",
        src.resolve("TitleYearRule.java").toString(),
        src.resolve("SectionCountRule.java").toString(),
        src.resolve("DistrictRules.java").toString());
    assertThat(status).as("the custom rules compile").isZero();

    Path jar = dir.resolve("district-rules.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        put(out, classes.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
      put(out, "META-INF/services/org.civicplan.rules.RuleProvider",
          "com.example.district.DistrictRules\n".getBytes(StandardCharsets.UTF_8));
      put(out, "META-INF/services/org.civicplan.rules.Rule",
          "# a rule listed directly\ncom.example.district.SectionCountRule\n".getBytes(StandardCharsets.UTF_8));
      put(out, "com/example/district/messages.properties", """
          district/title-year.title=Title names no year
          district/title-year.message=The title "{0}" names no year.
          district/section-count.title=Section count
          district/section-count.message=The plan has {0} sections.
          """.getBytes(StandardCharsets.UTF_8));
      put(out, "com/example/district/messages_zh.properties", """
          district/title-year.title=标题未写明年份
          district/title-year.message=标题“{0}”未写明年份。
          district/section-count.title=部分数量
          district/section-count.message=计划共有 {0} 个部分。
          """.getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new JarEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

}

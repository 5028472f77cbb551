package org.civicplan.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.civicplan.model.Plan;
import org.civicplan.model.SourceDocument;

/**
 * Validates plans with a chosen set of rules. Built once, then used from any number of threads.
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .profile(Profile.DEFAULT)
 *     .language(Language.ZH)
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * report.findings().forEach(System.out::println);
 *
 * // several files, validated in parallel, one report in the order given:
 * ValidationReport all = validator.validateAll(List.of(
 *     new NamedPlan("a.md", a), new NamedPlan("b.md", b)));
 * }</pre>
 *
 * <p>Validating never throws on a plan the model can hold: a rule that fails is reported as an
 * {@link Severity#ERROR} finding {@code engine/rule-failed} naming it. Immutable and thread-safe.
 */
public final class Validator {
  private final Profile profile;
  private final Language language;
  private final List<ActiveRule> active;

  private Validator(Profile profile, Language language, List<ActiveRule> active) {
    this.profile = profile;
    this.language = language;
    this.active = List.copyOf(active);
  }

  /** @return a builder: standard catalogue, default profile, Chinese, no configuration */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the profile that chose the rules */
  public Profile profile() {
    return profile;
  }

  /** @return the language reports show messages in */
  public Language language() {
    return language;
  }

  /** @return the rules this validator runs, sorted by id, with severity and thresholds */
  public List<ActiveRule> activeRules() {
    return active;
  }

  /**
   * Validates one plan, named after its source document (or its id).
   *
   * @param plan the plan
   * @return the report
   */
  public ValidationReport validate(Plan plan) {
    return validate(NamedPlan.of(plan));
  }

  /**
   * Validates one plan under a name of the caller's choosing, such as the path of its file.
   *
   * <p>The name says which file the findings point into ({@link NamedPlan}): when its file name
   * is the one of the plan's {@link Plan#source()} (the same file by another path), findings keep
   * their spans there, and in a document with pages (a PDF) their {@link Finding#page()} and
   * {@link Finding#lineOnPage()}; under another file name the spans describe a different document
   * than the one named, so each finding keeps its place only as {@link Finding#originalSpan()},
   * with {@link Finding#originalPage()} and {@link Finding#originalLineOnPage()}, and has no span
   * of its own.
   *
   * @param plan the plan
   * @param sourceName the name reports show
   * @return the report
   */
  public ValidationReport validate(Plan plan, String sourceName) {
    return validate(new NamedPlan(sourceName, plan));
  }

  private ValidationReport validate(NamedPlan plan) {
    return new ValidationReport(language, profile, active, List.of(check(plan)));
  }

  /**
   * Validates several plans in parallel into one report whose results keep the order of {@code
   * plans}.
   *
   * @param plans the plans with their names
   * @return the report
   */
  public ValidationReport validateAll(List<NamedPlan> plans) {
    List<NamedPlan> copy = List.copyOf(plans);
    PlanResult[] results = new PlanResult[copy.size()];
    IntStream.range(0, copy.size()).parallel().forEach(i -> results[i] = check(copy.get(i)));
    return new ValidationReport(language, profile, active, List.of(results));
  }

  private PlanResult check(NamedPlan named) {
    PlanFacts facts = new PlanFacts(named.plan());
    List<Finding> findings = new ArrayList<>();
    for (ActiveRule a : active) {
      List<Finding> own = new ArrayList<>();
      try {
        a.rule().check(new RuleContext(facts, a.rule(), a.severity(), a.thresholds(), own));
        findings.addAll(own);
      } catch (RuntimeException | StackOverflowError e) {
        List<Finding> failure = new ArrayList<>();
        new RuleContext(facts, RuleFailure.INSTANCE, Severity.ERROR, Map.of(), failure)
            .report(facts.root(), "message", a.rule().id(), String.valueOf(e));
        findings.addAll(failure);
      }
    }
    findings.sort(ORDER);
    return new PlanResult(named.name(), named.plan().id(), placed(named, findings));
  }

  /**
   * Findings pointed into the file that was validated: unchanged when the plan's spans are in it;
   * otherwise placed by the file's element locations, their spans kept as the original's. In a
   * document with pages (a PDF) each span's page and line on it are added.
   */
  private static List<Finding> placed(NamedPlan named, List<Finding> findings) {
    SourceDocument origin = named.plan().source().orElse(null);
    boolean elsewhere = !named.locations().isEmpty() || (origin != null && !sameFile(origin.name(), named.name()));
    if (!elsewhere && (origin == null || origin.pageStarts().isEmpty())) {
      return findings;
    }
    List<Finding> placed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      placed.add(elsewhere ? f.relocated(named.locations().get(f.pointer()), origin) : f.onPages(origin));
    }
    return placed;
  }

  /**
   * Whether two names can be the same file: equal file names (the last part of a path), since a
   * caller may name the file relative to another directory than the importer was given.
   */
  private static boolean sameFile(String a, String b) {
    return a.equals(b) || fileName(a).equals(fileName(b));
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** Document order, then rule id, then position in the source, then the order of reporting. */
  static final Comparator<Finding> ORDER =
      Comparator.<Finding>comparingInt(f -> f.documentOrder)
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.span().map(s -> s.startLine()).orElse(0))
          .thenComparingInt(f -> f.span().map(s -> s.startColumn()).orElse(0))
          .thenComparingInt(f -> f.sequence);

  /** Chooses the rules of a {@link Validator}. Not thread-safe. */
  public static final class Builder {
    private RuleCatalogue catalogue;
    private final List<Rule> extra = new ArrayList<>();
    private Profile profile;
    private RuleConfig config = RuleConfig.empty();
    private Language language = Language.ZH;

    private Builder() {}

    /**
     * @param catalogue the rules to choose from; {@link RuleCatalogue#standard()} unless set
     * @return this builder
     */
    public Builder catalogue(RuleCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue);
      return this;
    }

    /**
     * Adds a rule written in code to the catalogue; it runs if its profile is part of the chosen
     * profile or the configuration enables it.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      extra.add(Objects.requireNonNull(rule));
      return this;
    }

    /**
     * @param profile the profile; overrides the configuration's; {@link Profile#DEFAULT} if
     *     neither sets one
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile);
      return this;
    }

    /**
     * @param config per-rule settings
     * @return this builder
     */
    public Builder config(RuleConfig config) {
      this.config = Objects.requireNonNull(config);
      return this;
    }

    /**
     * @param language the language reports show; {@link Language#ZH} unless set
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = Objects.requireNonNull(language);
      return this;
    }

    /**
     * @return the validator
     * @throws IllegalArgumentException if the configuration names a rule or threshold that the
     *     catalogue does not have, or a threshold value out of range
     * @throws IllegalStateException if two rules share an id
     */
    public Validator build() {
      RuleCatalogue base = catalogue != null ? catalogue : RuleCatalogue.standard();
      RuleCatalogue all =
          extra.isEmpty()
              ? base
              : RuleCatalogue.builder().addAll(base.rules()).addAll(extra).build();
      Profile chosen = profile != null ? profile : config.profile().orElse(Profile.DEFAULT);
      for (String id : config.ruleIds()) {
        Rule rule =
            all.find(id)
                .orElseThrow(
                    () -> new IllegalArgumentException("the configuration names an unknown rule \"" + id + "\""));
        for (Map.Entry<String, Double> t : config.thresholds(id).entrySet()) {
          Threshold declared =
              rule.thresholds().stream()
                  .filter(d -> d.name().equals(t.getKey()))
                  .findFirst()
                  .orElseThrow(
                      () -> new IllegalArgumentException(
                          "rule " + id + " has no threshold \"" + t.getKey() + "\""));
          double v = t.getValue();
          if (!(v >= declared.min() && v <= declared.max())) {
            throw new IllegalArgumentException(
                "threshold " + t.getKey() + " of " + id + " is " + v + ", outside "
                    + declared.min() + ".." + declared.max());
          }
        }
      }
      List<ActiveRule> active = new ArrayList<>();
      for (Rule rule : all.rules()) {
        boolean on = config.enabled(rule.id()).orElse(chosen.includes(rule.profile()));
        if (!on) {
          continue;
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        for (Threshold t : rule.thresholds()) {
          thresholds.put(t.name(), config.thresholds(rule.id()).getOrDefault(t.name(), t.defaultValue()));
        }
        Severity severity = config.severity(rule.id()).orElse(rule.defaultSeverity());
        active.add(new ActiveRule(rule, severity, thresholds));
      }
      return new Validator(chosen, language, active);
    }
  }
}

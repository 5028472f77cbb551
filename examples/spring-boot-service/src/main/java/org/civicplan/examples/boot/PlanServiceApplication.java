package org.civicplan.examples.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small REST service that embeds CivicPlan the way a district system on Spring Boot 3 (Jackson
 * 2) would: upload a plan document, get its validation report back as JSON or SARIF.
 *
 * <pre>{@code
 * curl -F file=@examples/jiangsu-road-2024.md http://localhost:8080/validations
 * curl -F file=@plan.docx -H 'Accept: application/sarif+json' http://localhost:8080/validations
 * curl -F file=@plan.pdf 'http://localhost:8080/validations?format=sarif&profile=strict&lang=en'
 * curl -F file=@plan.html http://localhost:8080/plans          # the imported plan as JSON
 * }</pre>
 *
 * <p>The CivicPlan parts: {@link CivicPlanJackson} registers the Jackson modules on Boot's {@code
 * ObjectMapper}, {@link PlanController} imports and validates, {@link PlanProblems} turns errors
 * into RFC 7807 problem details with the place in the document.
 */
@SpringBootApplication
public class PlanServiceApplication {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(PlanServiceApplication.class, args);
  }
}

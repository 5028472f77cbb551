package org.civicplan.examples.boot;

import com.fasterxml.jackson.databind.Module;
import org.civicplan.io.json.PlanJson;
import org.civicplan.rules.report.ReportJsonModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CivicPlan Jackson modules as beans: Spring Boot registers every {@link Module} bean on the
 * {@code ObjectMapper} it configures, so controllers can return and accept plans, their value
 * types, validation reports and findings, and {@code RestTemplate}/{@code RestClient} built by
 * Boot read them.
 *
 * <pre>{@code
 * @Bean Module civicPlanJson() { return PlanJson.module(); }
 * }</pre>
 */
@Configuration(proxyBeanMethods = false)
class CivicPlanJackson {

  /** @return plans, elements and value types in the plan JSON format */
  @Bean
  Module civicPlanJson() {
    return PlanJson.module();
  }

  /** @return validation reports and findings as the JSON report writes them, read back too */
  @Bean
  Module civicPlanReports() {
    return new ReportJsonModule();
  }
}

/**
 * CivicPlan on Jackson 3 ({@code tools.jackson}): {@link
 * org.civicplan.jackson3.PlanJackson3Module} registers the plan JSON format, the model's value
 * types and the validation report on a Jackson 3 {@code JsonMapper}, such as the one of a Spring
 * Boot 4 application.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PlanJackson3Module()).build();
 * Plan plan = mapper.readValue(json, Plan.class);
 * }</pre>
 *
 * <p>Dependencies: plan-io and plan-rules (whose JSON reader and writer it reuses, with their
 * Jackson 2 core and databind) and Jackson 3 databind.
 */
package org.civicplan.jackson3;

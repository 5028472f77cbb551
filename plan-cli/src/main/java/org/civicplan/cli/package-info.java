/**
 * The {@code civicplan} command line, built on picocli: {@code convert}, {@code stats}, {@code
 * validate} and {@code rules}. Everything here goes through the public APIs of {@code plan-io}
 * and {@code plan-rules}; the command adds no behaviour of its own beyond argument handling,
 * output and exit codes.
 *
 * <p>Dependencies: every other CivicPlan module and picocli. Shipped as one runnable jar, {@code
 * plan-cli/target/civicplan.jar}, started by the {@code ./civicplan} script at the repository
 * root.
 */
package org.civicplan.cli;

/**
 * Reading and writing plans. Each format has one entry point in its own package; what they share
 * lives here: {@link org.civicplan.io.PlanFormatException}, the one exception for input that is
 * not a valid plan, with its location.
 *
 * <p>Dependencies: {@code plan-model}, Jackson (JSON) and commonmark-java (Markdown).
 */
package org.civicplan.io;

/**
 * The CivicPlan domain model: an immutable tree of a government work plan.
 *
 * <p>{@link org.civicplan.model.Plan} holds {@link org.civicplan.model.Section}s (一、二、),
 * which hold {@link org.civicplan.model.Goal}s (（一）, 一是), which hold {@link
 * org.civicplan.model.Initiative}s (concrete actions), which hold {@link
 * org.civicplan.model.Indicator}s (targets such as 完成9处精品小区建设). {@link
 * org.civicplan.model.OrganizationalUnit}s own the work. Each of these is a {@link
 * org.civicplan.model.PlanElement} with an id unique in its plan, an optional {@link
 * org.civicplan.model.SourceSpan} and open extensions.
 *
 * <p>Every value type is immutable, null-free and safe to share across threads; build one with
 * its static {@code builder()}. Navigation ({@link org.civicplan.model.Plan#nodes()}, {@link
 * org.civicplan.model.Plan#find(String)}, {@link org.civicplan.model.Plan#resolve(String)}) is
 * the one walk of the tree that other modules use.
 *
 * <p>Dependencies: none at run time (Immutables is used at compile time only).
 */
package org.civicplan.model;

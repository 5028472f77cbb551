package org.civicplan.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} shared by every value type of the model.
 *
 * <p>Generated {@code ImmutableX} classes stay package-private: users build values through the
 * abstract type ({@code Plan.builder()}, {@code Section.builder()}, …) and only ever see the
 * abstract type. Only JDK collections are used, so the model has no run-time dependency.
 *
 * <p>This annotation is only read at compile time by the Immutables annotation processor and is
 * not part of the public API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder package-private too: its public methods (with the Javadoc Immutables
    // writes for each) are then documented on the public X.Builder that extends it, instead of
    // being listed as unlinked names "inherited from ImmutableX.Builder".
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true,
    // No @Generated annotations: downstream modules compile without Immutables on their path.
    allowedClasspathAnnotations = {Override.class})
@interface PlanStyle {}

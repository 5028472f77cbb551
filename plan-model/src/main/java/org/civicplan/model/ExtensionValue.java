package org.civicplan.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON-like value held in an element's {@link PlanElement#extensions() extensions}: null, a
 * boolean, an exact number, a string, an array or an object.
 *
 * <p>The model has no JSON library, so it carries extension data in this small closed type;
 * {@code plan-io} converts it to and from JSON without loss (numbers stay {@link BigDecimal}).
 * Object members compare equal regardless of order; writers emit them sorted by key.
 *
 * <pre>{@code
 * ExtensionValue budget = ExtensionValue.object(Map.of(
 *     "amount", ExtensionValue.number(new BigDecimal("120.5")),
 *     "currency", ExtensionValue.string("CNY")));
 * }</pre>
 *
 * <p>All implementations are immutable records and safe to share across threads.
 */
public sealed interface ExtensionValue {

  /** JSON {@code null}. */
  record NullValue() implements ExtensionValue {}

  /**
   * A JSON boolean.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements ExtensionValue {}

  /**
   * A JSON number, kept exact.
   *
   * @param value the number
   */
  record NumberValue(BigDecimal value) implements ExtensionValue {
    /** @throws NullPointerException if {@code value} is null */
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A JSON string.
   *
   * @param value the string
   */
  record StringValue(String value) implements ExtensionValue {
    /** @throws NullPointerException if {@code value} is null */
    public StringValue {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements, copied into an unmodifiable list
   */
  record ArrayValue(List<ExtensionValue> elements) implements ExtensionValue {
    /** @throws NullPointerException if the list or any element is null */
    public ArrayValue {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A JSON object.
   *
   * @param members the members, copied into an unmodifiable map that keeps their order
   */
  record ObjectValue(Map<String, ExtensionValue> members) implements ExtensionValue {
    /** @throws NullPointerException if the map, a key or a value is null */
    public ObjectValue {
      Map<String, ExtensionValue> copy = new LinkedHashMap<>();
      members.forEach(
          (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, k)));
      members = Collections.unmodifiableMap(copy);
    }
  }

  /** @return JSON {@code null} */
  static ExtensionValue nullValue() {
    return new NullValue();
  }

  /**
   * @param value the boolean
   * @return a JSON boolean
   */
  static ExtensionValue bool(boolean value) {
    return new BooleanValue(value);
  }

  /**
   * @param value the number
   * @return a JSON number
   */
  static ExtensionValue number(BigDecimal value) {
    return new NumberValue(value);
  }

  /**
   * @param value the string
   * @return a JSON string
   */
  static ExtensionValue string(String value) {
    return new StringValue(value);
  }

  /**
   * @param elements the elements
   * @return a JSON array
   */
  static ExtensionValue array(List<ExtensionValue> elements) {
    return new ArrayValue(elements);
  }

  /**
   * @param members the members
   * @return a JSON object
   */
  static ExtensionValue object(Map<String, ExtensionValue> members) {
    return new ObjectValue(members);
  }
}

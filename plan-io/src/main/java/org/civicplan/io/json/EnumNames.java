package org.civicplan.io.json;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON names of one enum type: each constant in lowerCamelCase ({@code AT_LEAST} ↔ {@code
 * "atLeast"}). Built once per type; immutable and thread-safe.
 *
 * @param <E> the enum type
 */
final class EnumNames<E extends Enum<E>> {
  private final String what;
  private final String[] names;
  private final Map<String, E> byName;
  private final String expected;

  private EnumNames(Class<E> type, String what) {
    this.what = what;
    E[] constants = type.getEnumConstants();
    this.names = new String[constants.length];
    this.byName = new HashMap<>(constants.length * 2);
    StringBuilder list = new StringBuilder();
    for (E e : constants) {
      String name = lowerCamel(e.name());
      names[e.ordinal()] = name;
      byName.put(name, e);
      if (list.length() > 0) {
        list.append(", ");
      }
      list.append('"').append(name).append('"');
    }
    this.expected = list.toString();
  }

  static <E extends Enum<E>> EnumNames<E> of(Class<E> type, String what) {
    return new EnumNames<>(type, what);
  }

  /** {@code AT_LEAST} → {@code atLeast}. */
  static String lowerCamel(String constant) {
    StringBuilder sb = new StringBuilder(constant.length());
    boolean upper = false;
    for (int i = 0; i < constant.length(); i++) {
      char c = constant.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    String s = sb.toString();
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  /** @return the JSON name of a constant */
  String name(E constant) {
    return names[constant.ordinal()];
  }

  /** @return the constant with that JSON name, or null */
  E parse(String name) {
    return byName.get(name);
  }

  /** @return what the value is, such as "a comparator" */
  String what() {
    return what;
  }

  /** @return the accepted names, quoted and comma-separated */
  String expected() {
    return expected;
  }
}

package org.civicplan.io.json;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties one kind of JSON object of the format may have: a bit per property (for
 * duplicate and required checks with one int), the required ones, and the list to show when an
 * unknown property is rejected. Immutable and thread-safe.
 */
final class Props {
  final String what;
  private final Map<String, Integer> bits;
  final String[] names;
  final int required;
  final String expected;

  /**
   * @param what the kind of object, for messages: "a section"
   * @param required the required property names
   * @param names every property name, in canonical order
   */
  Props(String what, String[] required, String... names) {
    if (names.length > 31) {
      throw new IllegalArgumentException("too many properties for one int mask");
    }
    this.what = what;
    this.names = names;
    this.bits = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      bits.put(names[i], 1 << i);
    }
    int mask = 0;
    for (String r : required) {
      mask |= bit(r);
    }
    this.required = mask;
    this.expected = String.join(", ", names);
  }

  /** @return the property's bit, or 0 if the object has no such property */
  int bit(String name) {
    Integer bit = bits.get(name);
    return bit == null ? 0 : bit;
  }

  /** @return the first required property that {@code seen} lacks, or null */
  String firstMissing(int seen) {
    int missing = required & ~seen;
    return missing == 0 ? null : names[Integer.numberOfTrailingZeros(missing)];
  }

  private static String[] req(String... names) {
    return names;
  }

  static final Props PLAN =
      new Props(
          "a plan",
          req("formatVersion", "title"),
          "formatVersion",
          "id",
          "title",
          "organization",
          "period",
          "planKind",
          "language",
          "preamble",
          "targets",
          "vision",
          "mission",
          "values",
          "status",
          "version",
          "documentNumber",
          "adoptedOn",
          "source",
          "sections",
          "units",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props ORGANIZATION =
      new Props("an organization", req("name"), "name", "superiorBodies", "divisionCode");
  static final Props PERIOD = new Props("a period", req("start", "end"), "start", "end", "label");
  static final Props SOURCE =
      new Props("a source document", req("name"), "name", "mediaType", "sha256", "pageStarts");
  static final Props SECTION =
      new Props(
          "a section",
          req("title"),
          "id",
          "number",
          "keywords",
          "title",
          "introduction",
          "indicators",
          "goals",
          "weight",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props NUMBERING =
      new Props("a number", req("ordinal", "label", "style"), "ordinal", "label", "style");
  static final Props GOAL =
      new Props(
          "a goal",
          req("name"),
          "id",
          "number",
          "name",
          "statement",
          "narrative",
          "indicators",
          "initiatives",
          "weight",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props INITIATIVE =
      new Props(
          "an initiative",
          req("text"),
          "id",
          "text",
          "shortName",
          "leadUnit",
          "supportingUnits",
          "start",
          "due",
          "status",
          "mentions",
          "indicators",
          "weight",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props MENTION =
      new Props("a mention", req("mentionKind", "text"), "mentionKind", "text", "span");
  static final Props INDICATOR =
      new Props(
          "an indicator",
          req("name", "measureKind"),
          "id",
          "name",
          "measureKind",
          "baseline",
          "target",
          "milestones",
          "direction",
          "attribute",
          "actuals",
          "weight",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props BASELINE = new Props("a baseline", req("value"), "value", "period");
  static final Props TARGET =
      new Props(
          "a target", req("comparator", "value"), "comparator", "value", "upperValue", "unit");
  static final Props UNIT = new Props("a unit of measure", req("written"), "written", "normalized");
  static final Props MILESTONE =
      new Props("a milestone", req("period", "value"), "period", "value");
  static final Props ACTUAL =
      new Props("an actual", req("period", "value"), "period", "value", "note");
  static final Props ORGANIZATIONAL_UNIT =
      new Props(
          "an organizational unit",
          req("name"),
          "id",
          "name",
          "shortName",
          "unitKind",
          "sourceSpan",
          "sourceNotes",
          "extensions");
  static final Props SOURCE_NOTE =
      new Props("a source note", req("kind", "detail"), "kind", "detail", "span");
  static final Props SPAN =
      new Props(
          "a source span",
          req("startLine", "startColumn", "endLine", "endColumn", "startOffset", "endOffset"),
          "startLine",
          "startColumn",
          "endLine",
          "endColumn",
          "startOffset",
          "endOffset");
}

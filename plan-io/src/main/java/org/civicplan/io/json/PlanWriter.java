package org.civicplan.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicplan.model.Actual;
import org.civicplan.model.Baseline;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.Goal;
import org.civicplan.model.Indicator;
import org.civicplan.model.Initiative;
import org.civicplan.model.IssuingOrganization;
import org.civicplan.model.MeasureUnit;
import org.civicplan.model.Mention;
import org.civicplan.model.Milestone;
import org.civicplan.model.Numbering;
import org.civicplan.model.OrganizationalUnit;
import org.civicplan.model.Period;
import org.civicplan.model.Plan;
import org.civicplan.model.PlanElement;
import org.civicplan.model.Section;
import org.civicplan.model.SourceDocument;
import org.civicplan.model.SourceNote;
import org.civicplan.model.SourceSpan;
import org.civicplan.model.Target;

/**
 * Writes plans in the canonical JSON form onto a {@link JsonGenerator}: fixed property order,
 * absent values and empty collections left out, extension members sorted by key, numbers as
 * {@link BigDecimal#toString()}. Whitespace is the generator's pretty printer's business.
 *
 * <p>Stateless; every method is safe to call from any thread with its own generator.
 */
final class PlanWriter {
  private PlanWriter() {}

  private static SerializableString n(String name) {
    return new SerializedString(name);
  }

  static final SerializableString FORMAT_VERSION = n("formatVersion");
  private static final SerializableString ID = n("id");
  private static final SerializableString TITLE = n("title");
  private static final SerializableString ORGANIZATION = n("organization");
  private static final SerializableString NAME = n("name");
  private static final SerializableString SUPERIOR_BODIES = n("superiorBodies");
  private static final SerializableString DIVISION_CODE = n("divisionCode");
  private static final SerializableString PERIOD = n("period");
  private static final SerializableString START = n("start");
  private static final SerializableString END = n("end");
  private static final SerializableString LABEL = n("label");
  private static final SerializableString PLAN_KIND = n("planKind");
  private static final SerializableString LANGUAGE = n("language");
  private static final SerializableString PREAMBLE = n("preamble");
  private static final SerializableString VISION = n("vision");
  private static final SerializableString MISSION = n("mission");
  private static final SerializableString VALUES = n("values");
  private static final SerializableString STATUS = n("status");
  private static final SerializableString VERSION = n("version");
  private static final SerializableString ADOPTED_ON = n("adoptedOn");
  private static final SerializableString SOURCE = n("source");
  private static final SerializableString MEDIA_TYPE = n("mediaType");
  private static final SerializableString SHA256 = n("sha256");
  private static final SerializableString PAGE_STARTS = n("pageStarts");
  private static final SerializableString SECTIONS = n("sections");
  private static final SerializableString UNITS = n("units");
  private static final SerializableString SOURCE_SPAN = n("sourceSpan");
  private static final SerializableString SOURCE_NOTES = n("sourceNotes");
  private static final SerializableString EXTENSIONS = n("extensions");
  private static final SerializableString NUMBER = n("number");
  private static final SerializableString ORDINAL = n("ordinal");
  private static final SerializableString STYLE = n("style");
  private static final SerializableString KEYWORDS = n("keywords");
  private static final SerializableString INTRODUCTION = n("introduction");
  private static final SerializableString GOALS = n("goals");
  private static final SerializableString STATEMENT = n("statement");
  private static final SerializableString NARRATIVE = n("narrative");
  private static final SerializableString INITIATIVES = n("initiatives");
  private static final SerializableString TEXT = n("text");
  private static final SerializableString SHORT_NAME = n("shortName");
  private static final SerializableString LEAD_UNIT = n("leadUnit");
  private static final SerializableString SUPPORTING_UNITS = n("supportingUnits");
  private static final SerializableString DUE = n("due");
  private static final SerializableString WEIGHT = n("weight");
  private static final SerializableString MENTIONS = n("mentions");
  private static final SerializableString MENTION_KIND = n("mentionKind");
  private static final SerializableString SPAN = n("span");
  private static final SerializableString INDICATORS = n("indicators");
  private static final SerializableString TARGETS = n("targets");
  private static final SerializableString DOCUMENT_NUMBER = n("documentNumber");
  private static final SerializableString MEASURE_KIND = n("measureKind");
  private static final SerializableString BASELINE = n("baseline");
  private static final SerializableString VALUE = n("value");
  private static final SerializableString TARGET = n("target");
  private static final SerializableString COMPARATOR = n("comparator");
  private static final SerializableString UPPER_VALUE = n("upperValue");
  private static final SerializableString UNIT = n("unit");
  private static final SerializableString WRITTEN = n("written");
  private static final SerializableString NORMALIZED = n("normalized");
  private static final SerializableString MILESTONES = n("milestones");
  private static final SerializableString DIRECTION = n("direction");
  private static final SerializableString ATTRIBUTE = n("attribute");
  private static final SerializableString ACTUALS = n("actuals");
  private static final SerializableString NOTE = n("note");
  private static final SerializableString UNIT_KIND = n("unitKind");
  private static final SerializableString KIND = n("kind");
  private static final SerializableString DETAIL = n("detail");
  private static final SerializableString START_LINE = n("startLine");
  private static final SerializableString START_COLUMN = n("startColumn");
  private static final SerializableString END_LINE = n("endLine");
  private static final SerializableString END_COLUMN = n("endColumn");
  private static final SerializableString START_OFFSET = n("startOffset");
  private static final SerializableString END_OFFSET = n("endOffset");

  /** Writes the whole document: {@code formatVersion} first, then the plan's properties. */
  static void document(JsonGenerator g, Plan plan) throws IOException {
    g.writeStartObject();
    g.writeFieldName(FORMAT_VERSION);
    g.writeString(PlanJson.FORMAT_VERSION);
    planProperties(g, plan);
    g.writeEndObject();
  }

  private static void planProperties(JsonGenerator g, Plan p) throws IOException {
    id(g, p);
    string(g, TITLE, p.title());
    if (p.organization().isPresent()) {
      g.writeFieldName(ORGANIZATION);
      organization(g, p.organization().get());
    }
    period(g, PERIOD, p.period());
    string(g, PLAN_KIND, Enums.PLAN_KIND.name(p.planKind()));
    string(g, LANGUAGE, p.language());
    strings(g, PREAMBLE, p.preamble());
    indicators(g, TARGETS, p.targets());
    string(g, VISION, p.vision());
    string(g, MISSION, p.mission());
    strings(g, VALUES, p.values());
    if (p.status().isPresent()) {
      string(g, STATUS, Enums.PLAN_STATUS.name(p.status().get()));
    }
    string(g, VERSION, p.version());
    string(g, DOCUMENT_NUMBER, p.documentNumber());
    date(g, ADOPTED_ON, p.adoptedOn());
    if (p.source().isPresent()) {
      g.writeFieldName(SOURCE);
      sourceDocument(g, p.source().get());
    }
    List<Section> sections = p.sections();
    if (!sections.isEmpty()) {
      g.writeFieldName(SECTIONS);
      g.writeStartArray();
      for (int i = 0, n = sections.size(); i < n; i++) {
        section(g, sections.get(i));
      }
      g.writeEndArray();
    }
    List<OrganizationalUnit> units = p.units();
    if (!units.isEmpty()) {
      g.writeFieldName(UNITS);
      g.writeStartArray();
      for (int i = 0, n = units.size(); i < n; i++) {
        unit(g, units.get(i));
      }
      g.writeEndArray();
    }
    elementTail(g, p);
  }

  static void section(JsonGenerator g, Section s) throws IOException {
    g.writeStartObject();
    id(g, s);
    numbering(g, s.number());
    strings(g, KEYWORDS, s.keywords());
    string(g, TITLE, s.title());
    strings(g, INTRODUCTION, s.introduction());
    indicators(g, INDICATORS, s.indicators());
    List<Goal> goals = s.goals();
    if (!goals.isEmpty()) {
      g.writeFieldName(GOALS);
      g.writeStartArray();
      for (int i = 0, n = goals.size(); i < n; i++) {
        goal(g, goals.get(i));
      }
      g.writeEndArray();
    }
    if (s.weight().isPresent()) {
      number(g, WEIGHT, s.weight().get());
    }
    elementTail(g, s);
    g.writeEndObject();
  }

  static void goal(JsonGenerator g, Goal goal) throws IOException {
    g.writeStartObject();
    id(g, goal);
    numbering(g, goal.number());
    string(g, NAME, goal.name());
    string(g, STATEMENT, goal.statement());
    strings(g, NARRATIVE, goal.narrative());
    indicators(g, INDICATORS, goal.indicators());
    List<Initiative> initiatives = goal.initiatives();
    if (!initiatives.isEmpty()) {
      g.writeFieldName(INITIATIVES);
      g.writeStartArray();
      for (int i = 0, n = initiatives.size(); i < n; i++) {
        initiative(g, initiatives.get(i));
      }
      g.writeEndArray();
    }
    if (goal.weight().isPresent()) {
      number(g, WEIGHT, goal.weight().get());
    }
    elementTail(g, goal);
    g.writeEndObject();
  }

  static void initiative(JsonGenerator g, Initiative in) throws IOException {
    g.writeStartObject();
    id(g, in);
    string(g, TEXT, in.text());
    string(g, SHORT_NAME, in.shortName());
    string(g, LEAD_UNIT, in.leadUnit());
    strings(g, SUPPORTING_UNITS, in.supportingUnits());
    date(g, START, in.start());
    date(g, DUE, in.due());
    if (in.status().isPresent()) {
      string(g, STATUS, Enums.INITIATIVE_STATUS.name(in.status().get()));
    }
    List<Mention> mentions = in.mentions();
    if (!mentions.isEmpty()) {
      g.writeFieldName(MENTIONS);
      g.writeStartArray();
      for (int i = 0, n = mentions.size(); i < n; i++) {
        mention(g, mentions.get(i));
      }
      g.writeEndArray();
    }
    indicators(g, INDICATORS, in.indicators());
    if (in.weight().isPresent()) {
      number(g, WEIGHT, in.weight().get());
    }
    elementTail(g, in);
    g.writeEndObject();
  }

  private static void indicators(JsonGenerator g, SerializableString name, List<Indicator> indicators)
      throws IOException {
    if (!indicators.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray();
      for (int i = 0, n = indicators.size(); i < n; i++) {
        indicator(g, indicators.get(i));
      }
      g.writeEndArray();
    }
  }

  static void indicator(JsonGenerator g, Indicator k) throws IOException {
    g.writeStartObject();
    id(g, k);
    string(g, NAME, k.name());
    string(g, MEASURE_KIND, Enums.MEASURE_KIND.name(k.measureKind()));
    if (k.baseline().isPresent()) {
      g.writeFieldName(BASELINE);
      baseline(g, k.baseline().get());
    }
    if (k.target().isPresent()) {
      g.writeFieldName(TARGET);
      target(g, k.target().get());
    }
    List<Milestone> milestones = k.milestones();
    if (!milestones.isEmpty()) {
      g.writeFieldName(MILESTONES);
      g.writeStartArray();
      for (int i = 0, n = milestones.size(); i < n; i++) {
        milestone(g, milestones.get(i));
      }
      g.writeEndArray();
    }
    if (k.direction().isPresent()) {
      string(g, DIRECTION, Enums.DIRECTION.name(k.direction().get()));
    }
    if (k.attribute().isPresent()) {
      string(g, ATTRIBUTE, Enums.INDICATOR_ATTRIBUTE.name(k.attribute().get()));
    }
    List<Actual> actuals = k.actuals();
    if (!actuals.isEmpty()) {
      g.writeFieldName(ACTUALS);
      g.writeStartArray();
      for (int i = 0, n = actuals.size(); i < n; i++) {
        actual(g, actuals.get(i));
      }
      g.writeEndArray();
    }
    if (k.weight().isPresent()) {
      number(g, WEIGHT, k.weight().get());
    }
    elementTail(g, k);
    g.writeEndObject();
  }

  static void unit(JsonGenerator g, OrganizationalUnit u) throws IOException {
    g.writeStartObject();
    id(g, u);
    string(g, NAME, u.name());
    string(g, SHORT_NAME, u.shortName());
    if (u.unitKind().isPresent()) {
      string(g, UNIT_KIND, Enums.UNIT_KIND.name(u.unitKind().get()));
    }
    elementTail(g, u);
    g.writeEndObject();
  }

  /** sourceSpan, sourceNotes, extensions: the last properties of every element. */
  private static void elementTail(JsonGenerator g, PlanElement e) throws IOException {
    span(g, SOURCE_SPAN, e.sourceSpan());
    List<SourceNote> notes = e.sourceNotes();
    if (!notes.isEmpty()) {
      g.writeFieldName(SOURCE_NOTES);
      g.writeStartArray();
      for (int i = 0, n = notes.size(); i < n; i++) {
        sourceNote(g, notes.get(i));
      }
      g.writeEndArray();
    }
    Map<String, ExtensionValue> extensions = e.extensions();
    if (!extensions.isEmpty()) {
      g.writeFieldName(EXTENSIONS);
      members(g, extensions);
    }
  }

  private static void numbering(JsonGenerator g, Optional<Numbering> number) throws IOException {
    if (number.isPresent()) {
      g.writeFieldName(NUMBER);
      numbering(g, number.get());
    }
  }

  private static void period(JsonGenerator g, SerializableString name, Optional<Period> period)
      throws IOException {
    if (period.isPresent()) {
      period(g, name, period.get());
    }
  }

  private static void period(JsonGenerator g, SerializableString name, Period p)
      throws IOException {
    g.writeFieldName(name);
    period(g, p);
  }

  private static void span(JsonGenerator g, SerializableString name, Optional<SourceSpan> span)
      throws IOException {
    if (span.isPresent()) {
      g.writeFieldName(name);
      span(g, span.get());
    }
  }

  // ---- the value objects, each as one JSON object (also written alone by PlanJsonModule) -----

  static void span(JsonGenerator g, SourceSpan s) throws IOException {
    g.writeStartObject();
    g.writeFieldName(START_LINE);
    g.writeNumber(s.startLine());
    g.writeFieldName(START_COLUMN);
    g.writeNumber(s.startColumn());
    g.writeFieldName(END_LINE);
    g.writeNumber(s.endLine());
    g.writeFieldName(END_COLUMN);
    g.writeNumber(s.endColumn());
    g.writeFieldName(START_OFFSET);
    g.writeNumber(s.startOffset());
    g.writeFieldName(END_OFFSET);
    g.writeNumber(s.endOffset());
    g.writeEndObject();
  }

  static void numbering(JsonGenerator g, Numbering n) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ORDINAL);
    g.writeNumber(n.ordinal());
    string(g, LABEL, n.label());
    string(g, STYLE, Enums.NUMBERING_STYLE.name(n.style()));
    g.writeEndObject();
  }

  static void period(JsonGenerator g, Period p) throws IOException {
    g.writeStartObject();
    g.writeFieldName(START);
    g.writeString(p.start().toString());
    g.writeFieldName(END);
    g.writeString(p.end().toString());
    string(g, LABEL, p.label());
    g.writeEndObject();
  }

  static void organization(JsonGenerator g, IssuingOrganization o) throws IOException {
    g.writeStartObject();
    string(g, NAME, o.name());
    strings(g, SUPERIOR_BODIES, o.superiorBodies());
    string(g, DIVISION_CODE, o.divisionCode());
    g.writeEndObject();
  }

  static void sourceDocument(JsonGenerator g, SourceDocument s) throws IOException {
    g.writeStartObject();
    string(g, NAME, s.name());
    string(g, MEDIA_TYPE, s.mediaType());
    string(g, SHA256, s.sha256());
    if (!s.pageStarts().isEmpty()) {
      g.writeFieldName(PAGE_STARTS);
      g.writeStartArray();
      for (int line : s.pageStarts()) {
        g.writeNumber(line);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void mention(JsonGenerator g, Mention m) throws IOException {
    g.writeStartObject();
    string(g, MENTION_KIND, Enums.MENTION_KIND.name(m.mentionKind()));
    string(g, TEXT, m.text());
    span(g, SPAN, m.span());
    g.writeEndObject();
  }

  static void baseline(JsonGenerator g, Baseline b) throws IOException {
    g.writeStartObject();
    number(g, VALUE, b.value());
    period(g, PERIOD, b.period());
    g.writeEndObject();
  }

  static void target(JsonGenerator g, Target t) throws IOException {
    g.writeStartObject();
    string(g, COMPARATOR, Enums.COMPARATOR.name(t.comparator()));
    number(g, VALUE, t.value());
    if (t.upperValue().isPresent()) {
      number(g, UPPER_VALUE, t.upperValue().get());
    }
    if (t.unit().isPresent()) {
      g.writeFieldName(UNIT);
      measureUnit(g, t.unit().get());
    }
    g.writeEndObject();
  }

  static void measureUnit(JsonGenerator g, MeasureUnit u) throws IOException {
    g.writeStartObject();
    string(g, WRITTEN, u.written());
    string(g, NORMALIZED, u.normalized());
    g.writeEndObject();
  }

  static void milestone(JsonGenerator g, Milestone m) throws IOException {
    g.writeStartObject();
    period(g, PERIOD, m.period());
    number(g, VALUE, m.value());
    g.writeEndObject();
  }

  static void actual(JsonGenerator g, Actual a) throws IOException {
    g.writeStartObject();
    period(g, PERIOD, a.period());
    number(g, VALUE, a.value());
    string(g, NOTE, a.note());
    g.writeEndObject();
  }

  static void sourceNote(JsonGenerator g, SourceNote note) throws IOException {
    g.writeStartObject();
    string(g, KIND, Enums.SOURCE_NOTE_KIND.name(note.kind()));
    string(g, DETAIL, note.detail());
    span(g, SPAN, note.span());
    g.writeEndObject();
  }

  /**
   * An element's id; left out while it is empty (an element built on its own, not yet part of a
   * plan, whose plan will assign it one), so that no empty id is ever written.
   */
  private static void id(JsonGenerator g, PlanElement e) throws IOException {
    if (!e.id().isEmpty()) {
      string(g, ID, e.id());
    }
  }

  private static void string(JsonGenerator g, SerializableString name, String value)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void string(JsonGenerator g, SerializableString name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeString(value.get());
    }
  }

  private static void strings(JsonGenerator g, SerializableString name, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray();
      for (int i = 0, n = values.size(); i < n; i++) {
        g.writeString(values.get(i));
      }
      g.writeEndArray();
    }
  }

  private static void date(JsonGenerator g, SerializableString name, Optional<LocalDate> date)
      throws IOException {
    if (date.isPresent()) {
      g.writeFieldName(name);
      g.writeString(date.get().toString());
    }
  }

  private static void number(JsonGenerator g, SerializableString name, BigDecimal value)
      throws IOException {
    g.writeFieldName(name);
    number(g, value);
  }

  /**
   * {@link BigDecimal#toString()} is a valid JSON number (with an exponent where the scale asks
   * for one) that reads back to an equal BigDecimal, scale included; writing the text directly
   * keeps the output independent of generator features such as WRITE_BIGDECIMAL_AS_PLAIN.
   */
  private static void number(JsonGenerator g, BigDecimal value) throws IOException {
    if (g instanceof TokenBuffer) {
      // Into a tree or a conversion (valueToTree, convertValue): Jackson keeps a number given as
      // text as a double, so give it the number itself, a whole one as an integer.
      if (value.scale() == 0) {
        java.math.BigInteger whole = value.unscaledValue();
        int bits = whole.bitLength();
        if (bits < 32) {
          g.writeNumber(whole.intValue()); // the smallest type, as a tree read from text holds it
        } else if (bits < 64) {
          g.writeNumber(whole.longValue());
        } else {
          g.writeNumber(whole);
        }
      } else {
        g.writeNumber(value);
      }
      return;
    }
    g.writeNumber(value.toString());
  }

  /** An object with its members sorted by key (UTF-16 code-unit order, as in RFC 8785). */
  private static void members(JsonGenerator g, Map<String, ExtensionValue> members)
      throws IOException {
    String[] keys = members.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    g.writeStartObject();
    for (String key : keys) {
      g.writeFieldName(key);
      extensionValue(g, members.get(key));
    }
    g.writeEndObject();
  }

  static void extensionValue(JsonGenerator g, ExtensionValue value) throws IOException {
    if (value instanceof ExtensionValue.StringValue s) {
      g.writeString(s.value());
    } else if (value instanceof ExtensionValue.NumberValue n) {
      number(g, n.value());
    } else if (value instanceof ExtensionValue.BooleanValue b) {
      g.writeBoolean(b.value());
    } else if (value instanceof ExtensionValue.ObjectValue o) {
      members(g, o.members());
    } else if (value instanceof ExtensionValue.ArrayValue a) {
      g.writeStartArray();
      for (ExtensionValue element : a.elements()) {
        extensionValue(g, element);
      }
      g.writeEndArray();
    } else {
      g.writeNull();
    }
  }
}

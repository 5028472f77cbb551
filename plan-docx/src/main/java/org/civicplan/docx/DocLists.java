package org.civicplan.docx;

import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.LFO;
import org.apache.poi.hwpf.model.LFOData;
import org.apache.poi.hwpf.model.ListData;
import org.apache.poi.hwpf.model.ListFormatOverrideLevel;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * The automatic list labels of a Word 97–2003 document, computed from the list tables HWPF
 * exposes ({@link HWPFDocument#getListTables()}) with the counting of {@link WordNumbering}.
 *
 * <p>What a .doc holds and how it maps onto numbering.xml's terms ([MS-DOC] 2.9.150 LVLF, 2.9.131
 * LFO, 2.2.1.3 MSONFC): a numbered paragraph's {@code ilfo} (1-based, into the list format
 * overrides; 0 = not numbered) is the list instance ({@code w:num}), the override's {@code lsid}
 * the list definition ({@code w:abstractNum}), {@code ilvl} the level. A level (LVL) has its
 * number format as an MSONFC code (0x25 chineseCounting, 0x27 chineseCountingThousand, 0x1E
 * ideographTraditional, 0x12 decimalEnclosedCircle, …), its start ({@code iStartAt}), its number
 * text with the characters U+0000…U+0008 where levels 1…9's counts go ({@code %1}…{@code %9}),
 * the legal flag ({@code fLegal}), what follows the number ({@code ixchFollow}: tab, space,
 * nothing) and where it restarts ({@code fNoRestart}/{@code ilvlRestartLim}, which HWPF's {@link
 * ListLevel#getRestart()} gives in {@code w:lvlRestart}'s terms). An override level (LFOLVL)
 * gives a start override ({@code fStartAt}) or a whole level of its own ({@code fFormatting}).
 *
 * <p>One instance per document read; not thread-safe.
 */
final class DocLists {
  /** MSONFC codes 0x00–0x3B as {@code w:numFmt} names; 0xFF is none. */
  private static final String[] FORMATS = {
    "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText",
    "ordinalText", "hex", "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha",
    "decimalFullWidth", "decimalHalfWidth", "japaneseLegal", "japaneseDigitalTenThousand",
    "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth", "irohaFullWidth", "decimalZero",
    "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
    "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
    "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional",
    "taiwaneseCountingThousand", "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified",
    "chineseCountingThousand", "decimal", "koreanDigital", "koreanCounting", "koreanLegal",
    "koreanDigital2", "hebrew1", "arabicAlpha", "hebrew2", "arabicAbjad", "hindiVowels",
    "hindiConsonants", "hindiNumbers", "hindiCounting", "thaiLetters", "thaiNumbers", "thaiCounting",
    "vietnameseCounting", "numberInDash", "russianLower", "russianUpper"
  };
  private static final String[] SUFFIXES = {"tab", "space", "nothing"};

  private final ListTables tables;
  private final WordNumbering numbering = new WordNumbering();
  private boolean unresolved;

  DocLists(HWPFDocument doc) {
    this.tables = doc.getListTables();
  }

  /**
   * Counts a paragraph of the document, in reading order, and gives its label.
   *
   * @param p a paragraph
   * @return its label as Word shows it (such as {@code 一、 }), null if it is not numbered, or if
   *     its list is not in the document's list tables (then {@link #unresolved()} is true)
   */
  String next(Paragraph p) {
    int ilfo = p.getIlfo();
    if (ilfo <= 0) {
      return null;
    }
    String numId = Integer.toString(ilfo);
    if (!numbering.defines(numId) && !define(ilfo)) {
      unresolved = true;
      return null;
    }
    return numbering.next(numId, p.getIlvl());
  }

  /** @return whether a numbered paragraph named a list the document does not define */
  boolean unresolved() {
    return unresolved;
  }

  private boolean define(int ilfo) {
    if (tables == null) {
      return false;
    }
    LFO lfo;
    LFOData data;
    ListData list;
    try {
      lfo = tables.getLfo(ilfo);
      data = tables.getLfoData(ilfo);
      list = tables.getListData(lfo.getLsid());
    } catch (NoSuchElementException | IndexOutOfBoundsException e) {
      return false;
    }
    if (list == null) {
      return false;
    }
    Map<Integer, WordNumbering.Level> levels = new HashMap<>();
    ListLevel[] lvls = list.getLevels();
    for (int i = 0; i < lvls.length && i < 9; i++) {
      if (lvls[i] != null) {
        levels.put(i, level(lvls[i]));
      }
    }
    Map<Integer, Integer> starts = new HashMap<>();
    Map<Integer, WordNumbering.Level> overrides = new HashMap<>();
    ListFormatOverrideLevel[] lfolvls = data == null ? null : data.getRgLfoLvl();
    for (ListFormatOverrideLevel o : lfolvls == null ? new ListFormatOverrideLevel[0] : lfolvls) {
      int lvl = o.getLevelNum();
      if (lvl < 0 || lvl > 8) {
        continue;
      }
      if (o.isFormatting() && o.getLevel() != null) {
        overrides.put(lvl, level(o.getLevel()));
      }
      if (o.isStartAt()) {
        starts.put(lvl, o.getIStartAt());
      }
    }
    numbering.define(Integer.toString(ilfo), Integer.toString(lfo.getLsid()), levels, starts, overrides);
    return true;
  }

  private static WordNumbering.Level level(ListLevel l) {
    int nfc = l.getNumberFormat() & 0xFF;
    String format = nfc < FORMATS.length ? FORMATS[nfc] : nfc == 0xFF ? "none" : "decimal";
    int follow = l.getTypeOfCharFollowingTheNumber();
    return new WordNumbering.Level(format, text(l.getNumberText()), l.getStartAt(), l.getRestart(),
        l.isLegalNumbering(), follow >= 0 && follow < SUFFIXES.length ? SUFFIXES[follow] : "tab", null);
  }

  /** The LVL's number text in lvlText's terms: U+0000…U+0008 become %1…%9. */
  static String text(String numberText) {
    if (numberText == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(numberText.length() + 4);
    for (int i = 0; i < numberText.length(); i++) {
      char c = numberText.charAt(i);
      if (c <= 8) {
        sb.append('%').append((char) ('1' + c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

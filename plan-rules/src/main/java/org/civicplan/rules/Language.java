package org.civicplan.rules;

import java.util.Locale;

/**
 * The language of messages, titles and descriptions. Every finding carries its message in both
 * languages; the language of a {@link Validator} chooses which one reports show.
 *
 * <pre>{@code
 * Language.parse("en");      // EN
 * Language.parse("zh-CN");   // ZH
 * finding.message(Language.EN);
 * }</pre>
 */
public enum Language {
  /** Simplified Chinese (zh-CN), the language of the plans. */
  ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Language(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** @return the BCP 47 tag: zh-CN or en */
  public String tag() {
    return tag;
  }

  /** @return the locale used to look messages up */
  public Locale locale() {
    return locale;
  }

  /**
   * Parses a language: {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code en}, {@code en-US}…,
   * ignoring case.
   *
   * @param name a language name or tag
   * @return the language
   * @throws IllegalArgumentException naming the accepted values if the language is not supported
   */
  public static Language parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (n.equals("zh") || n.startsWith("zh-")) {
      return ZH;
    }
    if (n.equals("en") || n.startsWith("en-")) {
      return EN;
    }
    throw new IllegalArgumentException("unknown language \"" + name + "\"; expected zh or en");
  }
}

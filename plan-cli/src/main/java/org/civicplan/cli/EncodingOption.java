package org.civicplan.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --encoding}: the character encoding of text input (Markdown, plain text, a web page
 * that declares none or a wrong one), such as {@code GBK} or {@code GB18030}; without it the
 * encoding is detected (a byte-order mark, else UTF-8, else GB18030 for Chinese text).
 */
final class EncodingOption {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      converter = CharsetConverter.class,
      description = "Encoding of text input, such as GBK or GB18030 (default: detected).")
  Charset encoding;

  /** Converts a charset name; an unknown one is a usage error naming it. */
  static final class CharsetConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new CommandLine.TypeConversionException(
            "unknown encoding '" + value + "' (such as UTF-8, GBK, GB18030)");
      }
    }
  }
}

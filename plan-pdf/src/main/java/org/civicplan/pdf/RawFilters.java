package org.civicplan.pdf;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSName;

/**
 * PDF's general filters (Flate, LZW, ASCIIHex, ASCII85, RunLength) decoded from a file's raw
 * bytes for {@link RawStreams}, counting what a chain decodes to without PDFBox: PDFBox's filters
 * log a warning with a stack trace for every bad code or character, so a file of damaged streams
 * (which the raw pass meets, since it reads every stream a dictionary labels) would take minutes
 * in logging. Each stage stops at the limit; only a stage that another follows keeps its output,
 * and never more than the limit and one byte. Damaged data ends a stage where it goes wrong, as
 * PDFBox reads what it can. Stateless.
 */
final class RawFilters {
  private RawFilters() {}

  /** What a stage gave: its output (null for the last stage, which only counts) and its size. */
  private record Stage(byte[] bytes, long size) {}

  /**
   * @return the bytes {@code [from, to)} decode to through {@code chain}, or more than {@code
   *     limit} when they decode to more; a chain reaching an image codec counts the data as it
   *     stands there, since images are not decoded to take text
   */
  static long decodedSize(List<COSName> chain, byte[] data, int from, int to, int earlyChange, long limit) {
    byte[] in = data;
    int start = from;
    int end = to;
    for (int i = 0; i < chain.size(); i++) {
      String f = chain.get(i).getName();
      boolean last = i == chain.size() - 1;
      Stage s = switch (f) {
        case "FlateDecode", "Fl" -> flate(in, start, end, limit, last);
        case "LZWDecode", "LZW" -> lzw(in, start, end, earlyChange, limit, last);
        case "ASCIIHexDecode", "AHx" -> asciiHex(in, start, end);
        case "ASCII85Decode", "A85" -> ascii85(in, start, end);
        case "RunLengthDecode", "RL" -> runLength(in, start, end, limit, last);
        default -> null; // an image codec: what reaches it counts as it stands
      };
      if (s == null) {
        return end - start;
      }
      if (s.size > limit || s.bytes == null) {
        return s.size;
      }
      in = s.bytes;
      start = 0;
      end = s.bytes.length;
    }
    return end - start;
  }

  private static Stage flate(byte[] in, int from, int to, long limit, boolean last) {
    Inflater inflater = new Inflater();
    ByteArrayOutputStream out = last ? null : new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    long size = 0;
    try {
      inflater.setInput(in, from, to - from);
      while (size <= limit && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        int n = inflater.inflate(buffer);
        size += n;
        if (out != null && size <= limit) {
          out.write(buffer, 0, n);
        }
      }
    } catch (DataFormatException damaged) {
      // what was inflated so far counts
    } finally {
      inflater.end();
    }
    return new Stage(out == null ? null : out.toByteArray(), size);
  }

  /**
   * LZW as PDF writes it: codes of 9 to 12 bits, most significant bit first, 256 clears the
   * table, 257 ends the data, the code width grows {@code earlyChange} codes early. The last stage
   * counts the lengths of the table's entries and keeps no bytes.
   */
  private static Stage lzw(byte[] in, int from, int to, int earlyChange, long limit, boolean last) {
    int[] length = new int[4096];
    int[] prefix = last ? null : new int[4096];
    byte[] first = last ? null : new byte[4096];
    byte[] suffix = last ? null : new byte[4096];
    for (int c = 0; c < 256; c++) {
      length[c] = 1;
      if (!last) {
        prefix[c] = -1;
        first[c] = (byte) c;
        suffix[c] = (byte) c;
      }
    }
    ByteArrayOutputStream out = last ? null : new ByteArrayOutputStream();
    byte[] entry = last ? null : new byte[4096];
    int size = 258;
    int width = 9;
    int previous = -1;
    long total = 0;
    long bits = 0;
    int held = 0;
    int i = from;
    while (total <= limit) {
      while (held < width && i < to) {
        bits = (bits << 8) | (in[i++] & 0xFF);
        held += 8;
      }
      if (held < width) {
        break; // the data ran out
      }
      int code = (int) (bits >>> (held - width)) & ((1 << width) - 1);
      held -= width;
      if (code == 256) {
        size = 258;
        width = 9;
        previous = -1;
        continue;
      }
      if (code == 257 || code > size || (code == size && previous < 0)) {
        break; // the end, or a code the table does not hold: damaged
      }
      if (previous >= 0 && size < 4096) {
        length[size] = length[previous] + 1;
        if (!last) {
          prefix[size] = previous;
          first[size] = first[previous];
          suffix[size] = code == size ? first[previous] : first[code];
        }
        size++;
      }
      total += length[code];
      if (!last && total <= limit) {
        int n = length[code];
        for (int c = code, k = n - 1; k >= 0; c = prefix[c], k--) {
          entry[k] = suffix[c];
        }
        out.write(entry, 0, n);
      }
      previous = code;
      int next = size + earlyChange;
      width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    }
    return new Stage(out == null ? null : out.toByteArray(), total);
  }

  private static Stage asciiHex(byte[] in, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) / 2 + 1);
    int high = -1;
    for (int i = from; i < to && in[i] != '>'; i++) {
      int d = Character.digit(in[i] & 0xFF, 16);
      if (d < 0) {
        continue; // white space, or a bad character PDFBox passes over too
      }
      if (high < 0) {
        high = d;
      } else {
        out.write(high * 16 + d);
        high = -1;
      }
    }
    if (high >= 0) {
      out.write(high * 16); // an odd last digit is followed by 0
    }
    return new Stage(out.toByteArray(), out.size());
  }

  private static Stage ascii85(byte[] in, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) * 4 / 5 + 4);
    long group = 0;
    int count = 0;
    for (int i = from; i < to && in[i] != '~'; i++) {
      int c = in[i] & 0xFF;
      if (c == 'z' && count == 0) {
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(0);
        continue;
      }
      if (c < '!' || c > 'u') {
        continue; // white space, or a character outside the alphabet
      }
      group = group * 85 + (c - '!');
      if (++count == 5) {
        for (int s = 24; s >= 0; s -= 8) {
          out.write((int) (group >>> s) & 0xFF);
        }
        group = 0;
        count = 0;
      }
    }
    if (count > 1) { // a last partial group of n characters gives n - 1 bytes
      for (int k = count; k < 5; k++) {
        group = group * 85 + 84;
      }
      for (int k = 0, s = 24; k < count - 1; k++, s -= 8) {
        out.write((int) (group >>> s) & 0xFF);
      }
    }
    return new Stage(out.toByteArray(), out.size());
  }

  private static Stage runLength(byte[] in, int from, int to, long limit, boolean last) {
    ByteArrayOutputStream out = last ? null : new ByteArrayOutputStream();
    long total = 0;
    int i = from;
    while (i < to && total <= limit) {
      int n = in[i++] & 0xFF;
      if (n == 128) {
        break; // the end
      }
      if (n < 128) { // n + 1 bytes copied
        int len = Math.min(n + 1, to - i);
        if (out != null && total + len <= limit) {
          out.write(in, i, len);
        }
        total += len;
        i += len;
      } else if (i < to) { // 257 - n copies of the next byte
        int len = 257 - n;
        if (out != null && total + len <= limit) {
          for (int k = 0; k < len; k++) {
            out.write(in[i]);
          }
        }
        total += len;
        i++;
      }
    }
    return new Stage(out == null ? null : out.toByteArray(), total);
  }
}

package org.civicplan.io.document;

import java.util.ArrayList;
import java.util.List;
import org.civicplan.io.chinese.RedHeader;
import org.civicplan.io.spi.DocumentText;
import org.civicplan.model.ExtensionValue;
import org.civicplan.model.SourceNote;

/**
 * Takes the red issuing header (红头) off the start of the document: the issuing organs' 文件
 * lines (one, or several stacked for a joint document, or organ names beside one 文件), the
 * document number and the signer (签发人). The number goes to the plan's document number, the
 * issuers, number and signer to the metadata extensions ({@value PlanDocuments#METADATA_EXTENSION}
 * {@code issuer}, {@code documentNumber}, {@code signer}), every header line verbatim to a source
 * note: none of them becomes the title or a section.
 */
final class RedHeaderPass implements Pass {
  /** Detail prefix of the note that keeps a header line; the line follows verbatim. */
  static final String NOTE_PREFIX = "红头 (red header) ";
  /** The header stands in the first blocks of a document. */
  private static final int MAX_BLOCKS = 8;

  private enum Part { ISSUER, WENJIAN, ORGAN, NUMBER }

  @Override
  public void run(Assembly a) {
    List<Block> blocks = a.blocks;
    List<String> issuers = new ArrayList<>();
    List<String> organs = new ArrayList<>();
    boolean wenjian = false;
    String number = null;
    String signer = null;
    int end = 0; // blocks [0, end) are the header
    int organsFrom = -1; // the first block holding organ names alone, accepted only once a number line ends the header
    for (int i = 0; i < Math.min(MAX_BLOCKS, blocks.size()); i++) {
      List<String> segments = segments(blocks.get(i));
      if (segments.isEmpty()) {
        break;
      }
      List<String> blockIssuers = new ArrayList<>();
      List<String> blockOrgans = new ArrayList<>();
      boolean blockWenjian = false;
      String blockNumber = null;
      String blockSigner = null;
      boolean header = true;
      for (String s : segments) {
        List<String> is = RedHeader.issuers(s);
        if (!is.isEmpty()) {
          blockIssuers.addAll(is);
        } else if (RedHeader.isWenjian(s)) {
          blockWenjian = true;
        } else if (RedHeader.numberLine(s).isPresent()) {
          RedHeader.NumberLine n = RedHeader.numberLine(s).get();
          blockNumber = n.number() != null ? n.number() : blockNumber;
          blockSigner = n.signer() != null ? n.signer() : blockSigner;
        } else if (RedHeader.isOrgan(s)) {
          blockOrgans.add(s.replace(" ", "").replace("\u3000", ""));
        } else {
          header = false;
          break;
        }
      }
      if (!header) {
        break;
      }
      if (!blockOrgans.isEmpty() && organsFrom < 0) {
        organsFrom = i;
      }
      issuers.addAll(blockIssuers);
      organs.addAll(blockOrgans);
      wenjian |= blockWenjian;
      number = blockNumber != null ? blockNumber : number;
      signer = blockSigner != null ? blockSigner : signer;
      end = i + 1;
      if (blockNumber != null || blockSigner != null) {
        break; // the number line closes the header; the title follows the red rule
      }
    }
    boolean closed = number != null || signer != null;
    if (organsFrom >= 0 && !(closed && (wenjian || !issuers.isEmpty()))) {
      // organ names alone are a brace header only beside a 文件 and above a number line
      end = organsFrom;
      organs.clear();
      wenjian = false;
      number = null;
      signer = null;
    }
    if (end == 0 || (issuers.isEmpty() && organs.isEmpty() && !wenjian && !closed)) {
      return;
    }
    if (issuers.isEmpty() && organs.isEmpty() && end > 0 && !closed) {
      return;
    }
    String issuer = null;
    if (!organs.isEmpty() || (wenjian && !issuers.isEmpty())) {
      List<String> names = new ArrayList<>();
      for (String s : issuers) {
        names.add(s.substring(0, s.length() - 2));
      }
      names.addAll(organs);
      issuer = String.join("、", names) + "文件";
    } else if (!issuers.isEmpty()) {
      issuer = String.join("、", issuers);
    }
    if (issuer == null && !closed) {
      return;
    }
    for (int i = 0; i < end; i++) {
      Block b = blocks.get(i);
      a.planNotes.add(a.note(SourceNote.Kind.OTHER, NOTE_PREFIX + text(b), b.blockStart, b.blockEnd));
    }
    if (issuer != null) {
      a.planExtensions.put(PlanDocuments.METADATA_EXTENSION + DocumentText.ISSUER, ExtensionValue.string(issuer));
    }
    if (number != null) {
      if (a.documentNumber == null) {
        a.documentNumber = number;
      }
      a.planExtensions.put(PlanDocuments.METADATA_EXTENSION + DocumentText.DOCUMENT_NUMBER, ExtensionValue.string(number));
    }
    if (signer != null) {
      a.planExtensions.put(PlanDocuments.METADATA_EXTENSION + DocumentText.SIGNER, ExtensionValue.string(signer));
    }
    a.blocks = new ArrayList<>(blocks.subList(end, blocks.size()));
  }

  private static String text(Block b) {
    if (b.kind != Block.Kind.TABLE) {
      return b.text.toString();
    }
    StringBuilder sb = new StringBuilder();
    for (List<Block> row : b.rows) {
      for (Block cell : row) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(cell.text);
      }
    }
    return sb.toString();
  }

  /**
   * The block's pieces as they stood apart in the source: split where the source offsets jump (a
   * line break, another paragraph of a table cell) and at runs of two or more spaces or a tab; a
   * table's cells each so. Empty if the block is too long to be a header.
   */
  private static List<String> segments(Block b) {
    List<String> out = new ArrayList<>();
    if (b.kind == Block.Kind.TABLE) {
      if (b.rows == null || b.rows.size() > 3) {
        return List.of();
      }
      for (List<Block> row : b.rows) {
        for (Block cell : row) {
          if (cell.length() > 0) {
            List<String> s = segments(cell);
            if (s.isEmpty()) {
              return List.of();
            }
            out.addAll(s);
          }
        }
      }
      return out;
    }
    int n = b.length();
    if (n == 0 || n > 200) {
      return List.of();
    }
    int start = 0;
    for (int i = 1; i <= n; i++) {
      boolean cut = i == n || b.offsetOf(i) != b.offsetOf(i - 1) + 1 || b.charAt(i) == '\t'
          || (isSpace(b.charAt(i)) && i + 1 < n && isSpace(b.charAt(i + 1)));
      if (cut) {
        String s = b.text(start, i).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
        while (i < n && (isSpace(b.charAt(i)) || b.charAt(i) == '\t')) {
          i++;
        }
        start = i;
      }
    }
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000';
  }
}

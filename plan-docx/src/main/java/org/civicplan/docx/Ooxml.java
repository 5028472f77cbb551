package org.civicplan.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for WordprocessingML elements (namespace {@value #W}). */
final class Ooxml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private Ooxml() {}

  static boolean is(Node n, String localName) {
    return n instanceof Element && W.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName());
  }

  /** @return the first child element {@code w:name}, or null */
  static Element child(Element e, String name) {
    if (e == null) {
      return null;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        return (Element) n;
      }
    }
    return null;
  }

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, name)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  /** @return the {@code w:val} attribute, or null */
  static String val(Element e) {
    if (e == null) {
      return null;
    }
    String v = e.getAttributeNS(W, "val");
    return v.isEmpty() && !e.hasAttributeNS(W, "val") ? null : v;
  }

  static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    return e.hasAttributeNS(W, name) ? e.getAttributeNS(W, name) : null;
  }

  /**
   * @return the value of an on/off property such as {@code <w:b/>}: true when present without a
   *     value or with {@code true}, {@code 1}, {@code on}; null when absent
   */
  static Boolean onOff(Element e) {
    if (e == null) {
      return null;
    }
    String v = val(e);
    return v == null || v.equals("true") || v.equals("1") || v.equals("on");
  }

  static int intVal(Element e, int otherwise) {
    String v = val(e);
    if (v == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException ex) {
      return otherwise;
    }
  }
}

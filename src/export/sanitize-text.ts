/**
 * Character policies shared by the writers. Strings in JavaScript may hold lone surrogates, which no UTF-8 file can;
 * every format writes them as U+FFFD, as TextEncoder and the Neo4j driver do. XML 1.0 cannot carry most C0 control
 * characters at all (not even as character references), so the XML formats (GraphML, GEXF) remove them.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters XML 1.0 forbids: C0 controls except TAB, LF, CR; U+FFFE, U+FFFF. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_SPECIAL = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Character references keep TAB, LF and CR exact: parsers normalize literal CR and, in attributes, all three.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Replaces lone surrogates with U+FFFD. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Escapes a string for XML 1.0 text or a double- or single-quoted attribute: `& < > " '` become entities, TAB, LF,
 * CR become character references, forbidden control characters and U+FFFE/U+FFFF are removed, lone surrogates
 * become U+FFFD.
 */
export function escapeXml(text: string): string {
  if (!XML_SPECIAL.test(text)) return text;
  return replaceLoneSurrogates(text)
    .replace(XML_FORBIDDEN, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => XML_ESCAPES[c]!);
}

/** Removes what XML 1.0 cannot carry (forbidden control characters, U+FFFE/U+FFFF) and replaces lone surrogates. */
export function removeXmlForbidden(text: string): string {
  return replaceLoneSurrogates(text).replace(XML_FORBIDDEN, '');
}

/** True when `escapeXml` would drop characters from the text (used to count lossy values). */
export function losesCharactersInXml(text: string): boolean {
  XML_FORBIDDEN.lastIndex = 0;
  const lost = XML_FORBIDDEN.test(text);
  XML_FORBIDDEN.lastIndex = 0;
  return lost;
}

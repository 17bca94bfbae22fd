import type { Diagnostic } from '../core/index.js';
import { detectBinary, guessLegacyEncoding, type LegacyEncoding } from './detect-encoding.js';

export type DecodeResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8KeepingBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8: the text, or the offset of the first bad byte and the legacy encoding the bytes look like. */
export type StrictUtf8 = { text: string } | { invalidAt: number; legacy: LegacyEncoding | null };

/** Decodes bytes as strict UTF-8 (a leading BOM removed unless `keepBom`); says where and why it is not. */
export function decodeStrictUtf8(bytes: Uint8Array, keepBom = false): StrictUtf8 {
  try {
    return { text: (keepBom ? utf8KeepingBom : utf8).decode(bytes) };
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes), legacy: guessLegacyEncoding(bytes) };
  }
}

/** The 1-based line and column of byte `offset`, for diagnostics that point into the raw file. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes a whole file as UTF-8 (a BOM is removed; CRLF is kept). Anything else — an empty file, binary
 * data, UTF-16, a legacy Vietnamese encoding — becomes a diagnostic naming the file and the reason.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (code: string, message: string, at?: number): DecodeResult => ({
    ok: false,
    diagnostic: { severity: 'error', code, file, ...(at !== undefined ? position(bytes, at) : {}), message },
  });
  if (bytes.length === 0) return fail('EMPTY_FILE', 'the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('ENCODING_UTF16', 'the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8');
  }
  const binary = detectBinary(bytes);
  if (binary) return fail('BINARY_FILE', `not a text file: ${binary}`);
  const decoded = decodeStrictUtf8(bytes);
  if (!('text' in decoded)) {
    const { invalidAt: at, legacy } = decoded;
    if (legacy) {
      return fail(
        'ENCODING_LEGACY',
        `not UTF-8: the bytes look like the legacy Vietnamese encoding ${legacy}; convert the file to UTF-8 (e.g. with UniKey's converter)`,
        at < 0 ? undefined : at,
      );
    }
    return fail('ENCODING_NOT_UTF8', 'not UTF-8: invalid byte sequence (an unknown 8-bit encoding?); convert the file to UTF-8', at < 0 ? undefined : at);
  }
  const text = decoded.text;
  if (text.trim() === '') return fail('EMPTY_FILE', 'the file holds no text (only whitespace)');
  return { ok: true, text };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/index.js';

describe('decodeText', () => {
  it('removes a BOM and keeps CRLF', () => {
    const r = decodeText(Buffer.from('\ufeffHà Nội\r\nngày 9/7\r\n'), 'a.txt');
    expect(r).toEqual({ ok: true, text: 'Hà Nội\r\nngày 9/7\r\n' });
  });

  it('gives back any UTF-8 text with some non-space character exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        fc.pre(s.trim() !== '' && s.charCodeAt(0) !== 0xfeff && !/[\u0000-\u0008\u000e-\u001f]/.test(s));
        const r = decodeText(Buffer.from(s, 'utf8'), 'x.txt');
        expect(r).toEqual({ ok: true, text: s });
      }),
    );
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'EMPTY_FILE', /empty/],
    ['a file of blanks', Buffer.from(' \r\n\t\n'), 'EMPTY_FILE', /only whitespace/],
    ['UTF-16', Buffer.from('\ufeffHà Nội', 'utf16le'), 'ENCODING_UTF16', /UTF-16/],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'BINARY_FILE', /ZIP/],
    ['VNI', Buffer.from([0x56, 0x69, 0x65, 0xe4, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x20, 0xd1, 0x61, 0xfb, 0x6e, 0x67]), 'ENCODING_LEGACY', /VNI/],
    ['an unknown 8-bit encoding', Buffer.from('Gr\u00fc\u00dfe', 'latin1'), 'ENCODING_NOT_UTF8', /invalid byte sequence/],
  ])('reports %s', (_what, bytes, code, message) => {
    const r = decodeText(bytes, 'dir/file.txt');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostic).toMatchObject({ severity: 'error', code, file: 'dir/file.txt' });
    expect(r.diagnostic.message).toMatch(message);
  });

  it('points at the line and column of the first bad byte', () => {
    const r = decodeText(Buffer.concat([Buffer.from('dòng một\nab'), Buffer.from([0xff, 0x41])]), 'f.txt');
    expect(r.ok ? null : [r.diagnostic.line, r.diagnostic.column]).toEqual([2, 3]);
  });
});

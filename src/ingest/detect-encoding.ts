/**
 * Sniffing of bytes that are not UTF-8: binary formats, and the legacy Vietnamese 8-bit encodings
 * (TCVN3/ABC, VNI, Windows-1258) that older Vietnamese sites and documents still use.
 */

/** Magic numbers of common binary formats, to say what a file is rather than only that it is binary. */
const MAGIC: readonly (readonly [bytes: readonly number[], name: string])[] = [
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
];

/** Names the binary format of `bytes`, or returns null when they look like text. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const [magic, name] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data (it holds NUL bytes)';
    // Control characters other than tab, line feed, form feed and carriage return.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return n > 0 && control / n > 0.1 ? 'binary data (many control characters)' : null;
}

export type LegacyEncoding = 'TCVN3' | 'VNI' | 'Windows-1258';

const isAsciiLetter = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const VOWELS = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
/** TCVN3 letters: ăâêôơưđ and their capitals (0xA1–0xAE), the toned lower-case vowels (0xB5–0xFE). */
const isTcvn3Letter = (b: number): boolean => (b >= 0xa1 && b <= 0xae) || (b >= 0xb5 && b <= 0xfe);
/** VNI marks that follow a plain vowel: tones, circumflex, breve, with or without a tone (lower and upper case). */
const VNI_MARKS = new Set([
  0xf8, 0xf9, 0xfb, 0xf5, 0xef, 0xe0, 0xe1, 0xe2, 0xe3, 0xe4, 0xe5, 0xe8, 0xe9, 0xea, 0xeb, 0xfa, 0xfc,
  0xd8, 0xd9, 0xdb, 0xd5, 0xcf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc8, 0xc9, 0xca, 0xcb, 0xda, 0xdc,
]);
/** Windows-1258 combining tone marks: grave, acute, hook, tilde, dot below. */
const CP1258_TONES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
/** Windows-1258 letters that carry a tone mark after them: â ê ô ơ ư ă and capitals. */
const CP1258_VOWELS = new Set([0xe2, 0xea, 0xf4, 0xf5, 0xfd, 0xe3, 0xc2, 0xca, 0xd4, 0xd5, 0xdd, 0xc3]);

/**
 * Guesses which legacy Vietnamese encoding produced `bytes` (that are not valid UTF-8) from the way
 * their high bytes sit among ASCII letters. Returns null when no encoding stands out.
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding | null {
  const n = Math.min(bytes.length, 65536);
  let tcvn3 = 0;
  let vni = 0;
  let cp1258 = 0;
  let high = 0;
  // TCVN3 must show several distinct letters, among them one of ă â ê ô ơ ư đ (in nearly every Vietnamese
  // sentence), so that Latin-1 prose (German ü, ß) is not taken for it.
  const tcvn3Letters = new Set<number>();
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    const prev = i > 0 ? bytes[i - 1]! : 0x20;
    const next = i + 1 < n ? bytes[i + 1]! : 0x20;
    const prevVowel = VOWELS.has(prev);
    if (CP1258_TONES.has(b) && (prevVowel || CP1258_VOWELS.has(prev))) cp1258 += 2;
    if ((b === 0xf0 || b === 0xd0) && !isAsciiLetter(prev) && VOWELS.has(next)) cp1258++;
    if (VNI_MARKS.has(b) && prevVowel) vni += 2;
    if ((b === 0xf1 || b === 0xd1) && !isAsciiLetter(prev) && VOWELS.has(next)) vni += 2;
    if ((b === 0xf6 || b === 0xf4 || b === 0xd6 || b === 0xd4) && (prev === 0x75 || prev === 0x6f || prev === 0x55 || prev === 0x4f)) vni++;
    // A TCVN3 vowel replaces the letter: it follows a consonant or starts a word, and ends a word or precedes a consonant.
    if (isTcvn3Letter(b) && !prevVowel && !(prev >= 0x80) && (next < 0x80 || b === 0xad)) {
      tcvn3 += 2;
      tcvn3Letters.add(b);
    }
    if ((b === 0xae || b === 0xa7) && !isAsciiLetter(prev) && (VOWELS.has(next) || next >= 0x80)) {
      tcvn3 += 2;
      tcvn3Letters.add(b);
    }
  }
  if (high === 0) return null;
  if (tcvn3Letters.size < 3 || ![...tcvn3Letters].some((b) => b >= 0xa1 && b <= 0xae)) tcvn3 = 0;
  const best = Math.max(tcvn3, vni, cp1258);
  if (best < Math.max(2, high * 0.5)) return null;
  if (best === vni && vni > tcvn3 && vni > cp1258) return 'VNI';
  if (best === cp1258 && cp1258 > tcvn3) return 'Windows-1258';
  if (best === tcvn3) return 'TCVN3';
  return best === vni ? 'VNI' : 'Windows-1258';
}

/**
 * Vietnamese has two conventions for where the tone mark sits in the open syllables `oa`, `oe`, `uy`:
 * the old style marks the second vowel (hoà, khoẻ, thuỷ), the new style the first (hòa, khỏe, thủy).
 * vnkg keys use the new style. The rewrite swaps two characters in place, so lengths never change.
 */
const TONED: Record<string, readonly string[]> = {
  // second vowel with tone (old style) -> [plain vowel, tone index 0..4]
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  A: ['À', 'Á', 'Ả', 'Ã', 'Ạ'],
  E: ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  Y: ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
};
const FIRST: Record<string, readonly string[]> = {
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  O: ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  U: ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
};

const SECOND_TONED = new Map<string, [plain: string, tone: number]>();
for (const [plain, forms] of Object.entries(TONED)) forms.forEach((f, i) => SECOND_TONED.set(f, [plain, i]));

const PAIRS: Record<string, string> = { o: 'ae', u: 'y', O: 'AE', U: 'Y' };

// o|u followed by a toned a/e/y, not followed by another letter (an open syllable); "qu" is handled in the callback.
const OLD_STYLE = /([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;
const QUICK = /[àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]/u;

/** Rewrites old-style tone placement (hoà, uỷ) to the new style (hòa, ủy); NFC in, NFC out, same length. */
export function normalizeTonePlacement(text: string): string {
  if (!QUICK.test(text)) return text;
  return text.replace(OLD_STYLE, (whole, first: string, second: string, offset: number, all: string) => {
    // "qu" and "gi" are consonants: quý, quà keep their marks where they are.
    const prev = offset > 0 ? all[offset - 1] : '';
    if ((first === 'u' || first === 'U') && (prev === 'q' || prev === 'Q')) return whole;
    const info = SECOND_TONED.get(second);
    if (!info) return whole;
    const [plain, tone] = info;
    if (!PAIRS[first]?.includes(plain)) return whole;
    const toned = FIRST[first]?.[tone];
    return toned ? toned + plain : whole;
  });
}

/**
 * A class of UTF-16 code units as a lookup table filled on first use: the first test of a code unit runs `test`, the
 * next ones read the table. Vietnamese text is full of letters beyond ASCII and of typographic quotes and dashes, for
 * which a chain of range checks mispredicts and a regular expression per character is slow. Code units outside
 * 0..0xFFFF (and NaN, from reading past a string's end) are in no class.
 */
export function codeClass(test: (c: number) => boolean): (c: number) => boolean {
  // 0 not known yet, 1 in the class, 2 not
  const table = new Uint8Array(0x10000);
  return (c: number): boolean => {
    let known = table[c];
    if (known === 0) {
      known = test(c) ? 1 : 2;
      table[c] = known;
    }
    return known === 1;
  };
}

import { terms } from '../rank/terms';

// Which of the corpus's common terms a statement holds, as a string of bits. Common terms are left out
// of the search index, so a query asking for one ("security", "government") must look in the statements
// themselves; tokenising the bodies of the hundreds of candidates a prefix brings in took up to 340 ms
// for one keystroke. The index carries the bits of every bundled statement (built with it, so both read
// a text the same way), and a statement the reader adds gets its own from its text.

// Six bits a char, in chars JSON writes as they are.
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128);
for (let i = 0; i < DIGITS.length; i++) VALUE[DIGITS.charCodeAt(i)] = i;

/** Bit n of `order`'s terms set where the text has the term; trailing zeros left out. */
export function commonBits(text: string, order: ReadonlyMap<string, number>): string {
  const values: number[] = [];
  for (const t of terms(text)) {
    const n = order.get(t);
    if (n === undefined) continue;
    const at = Math.floor(n / 6);
    while (values.length <= at) values.push(0);
    values[at] |= 1 << (n % 6);
  }
  return values.map((v) => DIGITS[v]).join('');
}

export function hasBit(bits: string, n: number): boolean {
  const at = Math.floor(n / 6);
  return at < bits.length && (VALUE[bits.charCodeAt(at)] & (1 << (n % 6))) !== 0;
}

/** Each common term's bit, in the order the index lists them. */
export function commonOrder(common: Iterable<string>): Map<string, number> {
  return new Map([...common].map((t, i) => [t, i]));
}

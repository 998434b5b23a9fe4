// Three rows of the distance table, kept between calls: a keystroke compares the query word with
// thousands of name words, and allocating rows for each comparison was most of its cost.
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Levenshtein distance with adjacent swaps, giving up past `max`: typo tolerance
 * compares a query word with thousands of name words per keystroke, and almost all
 * of them are far apart, so the early exit is what keeps it cheap. `aLength` reads
 * only the start of `a` (a stem of the query word) without cutting a new string.
 */
export function withinDistance(a: string, b: string, max: number, aLength = a.length): boolean {
  const n = Math.min(aLength, a.length);
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (n === a.length && a === b) return true;
  if (rows[0].length <= m) rows = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return false;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m] <= max;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 4 ? 1 : 0;
}

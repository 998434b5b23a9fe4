// The accounts of an event laid out side by side. Each account keeps its own order (a reader reads each one
// down its column), and a paragraph shares a row with the paragraphs of the other accounts that make the same
// point where the orders allow; a point one account makes early and another late stays in two rows, and the
// view links the two. A row may also hold paragraphs that answer nothing: the view labels each cell. Accounts are folded in one at a time against the rows made so far (progressive
// alignment, as of sequences): the best set of pairs that do not cross, by their similarity.
import type { AccountRow } from '../shared/messages';

/** Paragraph `i` of account `a` makes the point of paragraph `j` of account `b`, this much alike. */
export interface RowPair { a: number; i: number; b: number; j: number; similarity: number }

export function alignAccounts(lengths: number[], pairs: RowPair[]): AccountRow[] {
  const n = lengths.length;
  const sim = new Map<string, number>();
  const key = (a: number, i: number, b: number, j: number) => `${a}:${i}:${b}:${j}`;
  for (const p of pairs) {
    sim.set(key(p.a, p.i, p.b, p.j), Math.max(p.similarity, sim.get(key(p.a, p.i, p.b, p.j)) ?? 0));
    sim.set(key(p.b, p.j, p.a, p.i), Math.max(p.similarity, sim.get(key(p.b, p.j, p.a, p.i)) ?? 0));
  }
  const blank = (): AccountRow => new Array<number | null>(n).fill(null);
  let rows: AccountRow[] = Array.from({ length: lengths[0] ?? 0 }, (_, i) => { const r = blank(); r[0] = i; return r; });
  for (let k = 1; k < n; k++) {
    const m = lengths[k];
    const weight = (row: AccountRow, j: number) => {
      let w = 0;
      row.forEach((i, a) => { if (i !== null) w = Math.max(w, sim.get(key(a, i, k, j)) ?? 0); });
      return w;
    };
    // best[r][j]: the most similarity the first r rows and the first j paragraphs of account k can pair.
    const best = Array.from({ length: rows.length + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let r = 1; r <= rows.length; r++) for (let j = 1; j <= m; j++) {
      const w = weight(rows[r - 1], j - 1);
      best[r][j] = Math.max(best[r - 1][j], best[r][j - 1], w > 0 ? best[r - 1][j - 1] + w : 0);
    }
    const matches: [number, number][] = [];
    for (let r = rows.length, j = m; r > 0 && j > 0;) {
      if (best[r][j] === best[r - 1][j]) r--;
      else if (best[r][j] === best[r][j - 1]) j--;
      else { matches.unshift([r - 1, j - 1]); r--; j--; }
    }
    const out: AccountRow[] = [];
    let r = 0;
    let j = 0;
    // Between two aligned points, the paragraphs of either side that answer nothing run down their columns
    // beside each other, not one under the other: the columns read as the accounts, not as a ladder of gaps.
    const gap = (rowsTo: number, parasTo: number) => {
      while (r < rowsTo || j < parasTo) {
        const row = r < rowsTo ? rows[r++].slice() : blank();
        if (j < parasTo) row[k] = j++;
        out.push(row);
      }
    };
    for (const [mr, mj] of matches) {
      gap(mr, mj);
      const row = rows[r++].slice();
      row[k] = j++;
      out.push(row);
    }
    gap(rows.length, m);
    rows = out;
  }
  return rows;
}

import { describe, expect, test } from 'vitest';
import { alignAccounts } from '../../lib/background/account-rows';
import { accountsView } from '../../lib/background/accounts';
import { PageState } from '../../lib/background/page-state';
import { engine } from '../helpers';

describe('accounts side by side', () => {
  test('each column keeps its order; pairs that do not cross share a row, a crossing one stays apart', () => {
    // 0:0 and 0:2 pair with 1:1 and 1:0: crossing, so the better one (0:2–1:0) is aligned.
    const rows = alignAccounts([3, 2], [{ a: 0, i: 0, b: 1, j: 1, similarity: 0.4 }, { a: 0, i: 2, b: 1, j: 0, similarity: 0.9 }]);
    for (const k of [0, 1]) {
      const column = rows.map((r) => r[k]).filter((x) => x !== null);
      expect(column).toEqual([...column].sort((a, b) => a! - b!));
    }
    expect(rows).toContainEqual([2, 0]);
    expect(rows.flat().filter((x) => x !== null)).toHaveLength(5);
  });

  test('a third account joins the rows of the points it shares with either', () => {
    const rows = alignAccounts([2, 2, 3], [{ a: 0, i: 0, b: 1, j: 0, similarity: 0.8 }, { a: 1, i: 1, b: 2, j: 2, similarity: 0.7 }]);
    expect(rows.find((r) => r[2] === 2)).toEqual([1, 1, 2]);
  });

  test('paragraphs that answer nothing run down their columns side by side, not as a ladder of one-cell rows', () => {
    expect(alignAccounts([3, 2], [])).toEqual([[0, 0], [1, 1], [2, null]]);
    expect(alignAccounts([2, 4], [{ a: 0, i: 1, b: 1, j: 3, similarity: 0.5 }])).toEqual([[0, 0], [null, 1], [null, 2], [1, 3]]);
  });

  test('the Biden–Putin video call: the White House and the Kremlin, aligned, what each says alone, and an article against them', async () => {
    const e = engine();
    const wh = [...e.statements.values()].find((s) => s.publisher === 'white-house' && s.date === '2021-12-07' && s.kind === 'call' && s.participants.includes('vladimir-putin'))!;
    const page = new PageState(e);
    const paragraphs = [
      'Joe Biden and Vladimir Putin held a video call of about two hours on Tuesday as Russian troops gathered near Ukraine.',
      'Biden warned that the United States and its European allies would answer a Russian military escalation with strong economic measures.',
      'A bakery in the old town won a prize for its rye bread this week, the mayor said.',
    ];
    page.update({ url: 'https://example.test/a', title: 'Biden and Putin talk by video', date: '2021-12-08' }, paragraphs.map((text, key) => ({ key, text })), [], true);
    const view = (await accountsView(e, wh.id, page))!;
    expect(view.accounts.map((a) => a.by)).toEqual(expect.arrayContaining(['White House', 'Kremlin']));
    for (const row of view.rows) expect(row).toHaveLength(view.accounts.length);
    expect(view.rows.some((r) => r.filter((x) => x !== null).length >= 2)).toBe(true);
    expect(view.accounts.some((a) => a.paragraphs.some((p) => p.only))).toBe(true);
    const marked = view.accounts.flatMap((a) => a.paragraphs.flatMap((p) => p.marks.map((m) => p.text.slice(m.start, m.end))));
    expect(marked.join(' ')).toMatch(/Putin/);
    expect(view.article!.passages.length).toBeGreaterThan(0);
    expect(view.article!.unsourced.some((t) => t.includes('bakery'))).toBe(true);
    // The same answer by the event's id as by any of its accounts'.
    expect((await accountsView(e, e.eventOf(wh.id), undefined))!.accounts.map((a) => a.id)).toEqual(view.accounts.map((a) => a.id));
  });
});

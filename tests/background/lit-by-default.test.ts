import { describe, expect, test } from 'vitest';
import { PageState } from '../../lib/background/page-state';
import { engine } from '../helpers';

// What a page lights by default (lib/background/lit-entities.ts), on pages of our own read as the content script sends
// them: block by block, then lit() as the content script asks once the pass's mentions are in.
async function page(title: string, paragraphs: string[], date: string) {
  const state = new PageState(engine());
  const res = state.update({ url: 'https://news.example/a', title, date }, paragraphs.map((text, key) => ({ key, text })), [], true);
  if (res.restart || res.pending) throw new Error('no mentions');
  return { state, named: new Set(res.mentions.entities), lit: new Set(await state.lit()) };
}

describe('lit by default: what ties the page to its statements, and people named in full', () => {
  test('a report of a call: its people and the topics it shares with the statements', async () => {
    const { state, named, lit } = await page('Biden and Zelensky discuss air defence', [
      'President Joe Biden spoke by phone with President Volodymyr Zelenskyy of Ukraine on Thursday.',
      'Biden promised more air defense systems and further security assistance; the two also spoke of sanctions against Russia.',
    ], '2022-10-10');
    expect(lit).toContain('p:joe-biden');
    expect(lit).toContain('p:volodymyr-zelenskyy');
    const shared = new Set((await state.result()).result.statements.flatMap((s) => [...s.people.map((c) => `p:${c.id}`), ...s.topics.map((c) => `t:${c.id}`)]));
    // Nothing lit that the page does not name; no topic lit that no statement listed for the page shares.
    for (const key of lit) expect(named).toContain(key);
    for (const key of lit) if (key.startsWith('t:')) expect(shared).toContain(key);
  });

  test('a person named only by a role or a surname, whom no listed statement speaks of, stays unlit', async () => {
    const { named, lit } = await page('Local news', [
      'The Maltese prime minister opened the new bridge on Friday.',
      'Crowds gathered as the ribbon was cut.',
    ], '2023-05-12');
    // The role names its holder on the day, and counts for the page's people, but ties the page to nothing.
    expect([...named].some((k) => k.startsWith('p:'))).toBe(true);
    expect([...lit].filter((k) => k.startsWith('p:'))).toEqual([]);
  });

  test('a surname alone is not a name in full: it is lit only where a listed statement speaks of the person', async () => {
    const { state, lit } = await page('A book on the taiga', [
      'The novel by Vassili Peskov tells of a family living alone in the taiga.',
    ], '2019-04-02');
    const tied = (await state.result()).result.statements.some((s) => s.people.some((c) => c.id === 'dmitry-peskov'));
    expect(lit.has('p:dmitry-peskov')).toBe(tied);
  });
});

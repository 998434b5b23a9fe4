import { describe, expect, test } from 'vitest';
import { readEarly } from '../../lib/background/early-read';
import { PageState } from '../../lib/background/page-state';
import { articleDays } from '../../engine/rank/article-days';
import { parseIsoSpan } from '../../engine';
import { prepareText, scanBlock } from '../../engine/match/scan';
import { engine } from '../helpers';

const page = { url: 'https://news.example/call', title: 'Macron and Putin speak again', date: '2022-05-04', language: 'en' };
// Sent out of order, as a page's blocks may be: ranking reads them by key.
const blocks = [
  { key: 2, text: 'The French president asked for the evacuation of civilians from Mariupol to go on.' },
  { key: 1, text: 'Emmanuel Macron spoke by phone with Vladimir Putin on Tuesday for more than two hours, the Élysée said.' },
];

describe('what a stopped worker does with a page while its corpus is read', () => {
  test('a prepared text scans as the text itself does', () => {
    const e = engine();
    for (const b of blocks) expect(scanBlock(e.matcher, prepareText(b.text))).toEqual(scanBlock(e.matcher, b.text));
  });

  test('the days read early are the very ones ranking reads of the page, not made again', () => {
    const { prepared, days: early } = readEarly(page, blocks, true);
    expect(prepared.map((p) => p.text)).toEqual(blocks.map((b) => b.text));
    const e = engine();
    // As ranking asks, from the engine's scans: the same object, found made (its key is the page's date, language
    // and texts, title first, in the blocks' order).
    const ranking = articleDays([e.scan(page.title), ...[...blocks].sort((a, b) => a.key - b.key).map((b) => e.scan(b.text))], parseIsoSpan(page.date), page.language);
    expect(ranking).toBe(early);
    expect(early!.first).toEqual([parseIsoSpan('2022-05-03')!.from]);
    // A page sent in batches: its days are read when it is ranked, whole.
    expect(readEarly(page, blocks.slice(0, 1), false).days).toBeNull();
    // Another date is another reading.
    expect(articleDays([e.scan(page.title), e.scan(blocks[1].text)], parseIsoSpan('2022-05-06'), 'en')).not.toBe(early);
  });

  test('a page read early ranks as one read when the corpus was ready', async () => {
    const e = engine();
    const early = new PageState(e);
    early.update(page, blocks, [], true, readEarly(page, blocks, true).prepared);
    const late = new PageState(e);
    late.update(page, blocks, [], true);
    expect((await early.result()).result).toEqual((await late.result()).result);
    expect((await early.result()).result.statements[0]?.id).toBe('2022-05-03-kremlin-68348-telephone-conversation-with-president-of-france-emmanuel-macron');
  });
});

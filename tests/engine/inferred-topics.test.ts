import { describe, expect, test } from 'vitest';
import { engine } from '../helpers';
import { inferredTopics } from '../../engine/match/inferred-topics';
import { foldString } from '../../engine';

const inferred = (text: string) => inferredTopics([foldString(text)]).sort();
const topicsOf = (title: string, paragraphs: string[]) => engine().xref({ title, paragraphs, date: '2023-03-17' }).topics.map((t) => t.id);

describe('topics by meaning: a sentence naming Ukraine', () => {
  test.each([
    ['Beijing published a plan to end the conflict, its foreign minister told his Ukrainian counterpart.', ['ukraine-crisis']],
    ['Einen Tag nach Beginn des russischen Angriffs auf die Ukraine nannte Wang Yi fünf Grundsätze.', ['ukraine-crisis']],
    ['Borrell habló con Wang Yi en plena ofensiva rusa sobre Ucrania.', ['ukraine-crisis']],
    ['Си Цзиньпин изложил позицию Китая по Украине.', ['ukraine-crisis']],
    ['习近平表示，中方在乌克兰冲突问题上始终站在和平一边。', ['ukraine-crisis']],
    ['Qin urged Kyiv and Moscow to resume negotiations as soon as possible to end the war in Ukraine.', ['peace-talks', 'ukraine-crisis']],
    // Each word alone, or in another sentence, says nothing of the war in Ukraine.
    ['The war in Gaza dominated the talks. Ukraine was not mentioned.', []],
    ['Ukrainian wheat prices fell. The conflict of interest was raised by the auditors.', []],
    ['Biden and Xi held talks in Ukraine-free San Francisco.', []],
  ])('%s', (text, expected) => {
    expect(inferred(text)).toEqual(expected);
  });

  test('counted among the page\'s topics, once, and lighting nothing', () => {
    const paragraphs = ['China\'s foreign minister urged Ukraine and Russia to resume negotiations, saying the conflict could spiral out of control.'];
    expect(topicsOf('China urges talks', paragraphs)).toEqual(expect.arrayContaining(['ukraine-crisis', 'peace-talks']));
    const lit = engine().mentions(paragraphs).flat().filter((m) => m.kind === 'topic').map((m) => m.id);
    expect(lit).not.toContain('ukraine-crisis');
  });
});

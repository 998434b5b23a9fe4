import { describe, expect, test } from 'vitest';
import { paragraphFeatures, pairPassages } from '../../engine/rank/passages';
import { terms } from '../../engine/rank/terms';
import { bestSentencePair } from '../../engine/rank/excerpt';

const statement = [
  'Qin Gang said that China-Ukraine relations have maintained the momentum of growth since the establishment of diplomatic ties 31 years ago.',
  'China is concerned that the crisis has dragged on and escalated and may even spiral out of control.',
  'He thanked China for providing humanitarian assistance to Ukraine.',
].map((p, i) => paragraphFeatures(terms(p), i === 0 ? ['p:qin-gang', 't:bilateral-relations'] : i === 2 ? ['t:humanitarian-assistance', 'p:dmytro-kuleba'] : []));

describe('passage pairing', () => {
  test.each([
    ['a quote', 'Beijing said the crisis has dragged on and escalated and may even spiral out of control, officials said.', [], 1, 'quote'],
    ['a paraphrase', 'Kuleba thanked Beijing for the humanitarian assistance it has provided to Ukraine.', ['p:dmytro-kuleba', 't:humanitarian-assistance'], 2, 'paraphrase'],
    ['another language, same people and topics', 'Кулеба поблагодарил Китай за гуманитарную помощь.', ['p:dmytro-kuleba', 't:humanitarian-assistance'], 2, 'paraphrase'],
  ])('%s', (_name, text, entities, statementParagraph, kind) => {
    const pairs = pairPassages([paragraphFeatures(terms(text), entities)], statement);
    expect(pairs[0]).toMatchObject({ articleParagraph: 0, statementParagraph, kind });
    expect(pairs[0].similarity).toBeGreaterThan(0.3);
  });

  test('an unrelated paragraph pairs with nothing', () => {
    expect(pairPassages([paragraphFeatures(terms('The weather in Lisbon was sunny all week and the beaches were full.'), [])], statement)).toEqual([]);
  });
});

describe('the sentence pair shown for a passage', () => {
  test('picks the sentences that share the most words', () => {
    const pair = bestSentencePair(
      'The talks lasted an hour. Beijing said the crisis has dragged on and may spiral out of control. Markets were calm.',
      'Qin Gang said relations have grown. China is concerned that the crisis has dragged on and escalated and may even spiral out of control.',
    );
    expect(pair).toEqual({ article: 'Beijing said the crisis has dragged on and may spiral out of control.', statement: 'China is concerned that the crisis has dragged on and escalated and may even spiral out of control.' });
  });

  test('across languages, the first sentences; long ones are cut at a word', () => {
    const long = `${'слово '.repeat(80)}конец.`;
    const pair = bestSentencePair(long, 'Qin Gang spoke with Kuleba. They discussed the crisis.');
    expect(pair.statement).toBe('Qin Gang spoke with Kuleba.');
    expect(pair.article.length).toBeLessThanOrEqual(302);
    expect(pair.article.endsWith('…')).toBe(true);
  });
});

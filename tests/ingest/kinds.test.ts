import { describe, expect, test } from 'vitest';
import { firstSentence, kindOf } from '../../tools/ingest/kinds';

describe('the kind of an ingested item', () => {
  test('an initial does not end the opening sentence, so an announcement written with one is an announcement', () => {
    const opening = 'President Joseph R. Biden, Jr. will speak with President Xi Jinping of the People’s Republic of China this Friday. This is part of ongoing efforts.';
    expect(firstSentence(opening)).toBe('President Joseph R. Biden, Jr. will speak with President Xi Jinping of the People’s Republic of China this Friday.');
    expect(kindOf('Statement by Press Secretary Jen Psaki on President Biden’s Call with President Xi Jinping', opening)).toBe('announcement');
    expect(kindOf('Readout of President Biden’s Call with President Xi Jinping', 'President Joseph R. Biden, Jr. spoke today with President Xi Jinping.')).toBe('call');
  });

  test('a text both sides sign, or the leaders\' common one, is a joint statement', () => {
    expect(kindOf('Bilateral Security Agreement Between the United States of America and Ukraine', 'The United States and Ukraine agree…')).toBe('joint statement');
    expect(kindOf('G7 Leaders’ Statement', 'We, the Leaders of the Group of Seven, …')).toBe('joint statement');
    expect(kindOf('G7 Hiroshima Leaders’ Communiqué', 'We, the Leaders of the Group of Seven, …')).toBe('joint statement');
  });
});

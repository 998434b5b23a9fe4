import { describe, expect, test } from 'vitest';
import { firstSentence, kindOf } from '../../tools/ingest/kinds';

describe('the kind of an ingested item', () => {
  test('an initial does not end the opening sentence, so an announcement written with one is an announcement', () => {
    const opening = 'President Joseph R. Biden, Jr. will speak with President Xi Jinping of the People’s Republic of China this Friday. This is part of ongoing efforts.';
    expect(firstSentence(opening)).toBe('President Joseph R. Biden, Jr. will speak with President Xi Jinping of the People’s Republic of China this Friday.');
    expect(kindOf('Statement by Press Secretary Jen Psaki on President Biden’s Call with President Xi Jinping', opening)).toBe('announcement');
    expect(kindOf('Readout of President Biden’s Call with President Xi Jinping', 'President Joseph R. Biden, Jr. spoke today with President Xi Jinping.')).toBe('call');
  });
});

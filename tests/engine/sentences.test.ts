import { describe, expect, test } from 'vitest';
import { sentencesOf } from '../../engine/rank/excerpt';
import { sentenceAround } from '../../engine';

describe('sentences', () => {
  test.each([
    ['a date with an abbreviated month', 'On Sept. 7, I met with Prime Minister Netanyahu. We spoke of Gaza.', ['On Sept. 7, I met with Prime Minister Netanyahu.', 'We spoke of Gaza.']],
    ['initials and a suffix', 'President Joseph R. Biden, Jr. held a call with Mr. Putin. It lasted two hours.', ['President Joseph R. Biden, Jr. held a call with Mr. Putin.', 'It lasted two hours.']],
    ['an abbreviated country', 'The U.S. President met the U.K. Prime Minister. The U.S. and Britain agreed.', ['The U.S. President met the U.K. Prime Minister.', 'The U.S. and Britain agreed.']],
    ['a quotation closing a sentence', 'He said: "Enough." Then he left? Yes!', ['He said: "Enough."', 'Then he left?', 'Yes!']],
    ['Chinese stops', '习近平会见普京。双方讨论了乌克兰问题。', ['习近平会见普京。', '双方讨论了乌克兰问题。']],
    ['a number with a decimal point', 'Aid rose to 1.5 billion dollars. Talks go on.', ['Aid rose to 1.5 billion dollars.', 'Talks go on.']],
  ])('%s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test("a card's sentence is the whole sentence around the name, not what follows an abbreviation", () => {
    const text = 'On Sept. 7, I met in New York with Israeli Prime Minister Benjamin Netanyahu. We spoke.';
    expect(sentenceAround(text, text.indexOf('Netanyahu'))).toBe('On Sept. 7, I met in New York with Israeli Prime Minister Benjamin Netanyahu.');
    expect(sentenceAround(text, text.indexOf('spoke'))).toBe('We spoke.');
  });
});

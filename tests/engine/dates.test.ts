import { describe, expect, test } from 'vitest';
import { datesInText, foldString, parseIsoSpan, toIsoDate } from '../../engine';

describe('dates in text', () => {
  test.each([
    ['On March 16, 2023, Qin Gang', { year: 2023, month: 3, day: 16 }],
    ['on 16 March 2023 the', { year: 2023, month: 3, day: 16 }],
    ['Dec. 30 video call', { month: 12, day: 30 }],
    ['16 марта 2023 года', { year: 2023, month: 3, day: 16 }],
    ['2022年2月25日，王毅', { year: 2022, month: 2, day: 25 }],
    ['2022년 5월 21일 서울에서', { year: 2022, month: 5, day: 21 }],
    ['5월 21일 정상회담', { month: 5, day: 21 }],
    ['el 17 de mayo de 2024', { year: 2024, month: 5, day: 17 }],
    ['17.05.2024 Harbin', { year: 2024, month: 5, day: 17 }],
    ['updated 2022-12-31T14:35', { year: 2022, month: 12, day: 31 }],
    // Dutch, Portuguese, Czech, Hungarian, Turkish, Croatian, Finnish.
    ['op 4 februari in Peking', { month: 2, day: 4 }],
    ['em 10 de fevereiro de 2023', { year: 2023, month: 2, day: 10 }],
    ['dne 15. dubna 2024', { year: 2024, month: 4, day: 15 }],
    ['2022. március 8-án', { month: 3, day: 8 }],
    ['8 Mart 2022 tarihinde', { year: 2022, month: 3, day: 8 }],
    ['8. ožujka 2022.', { year: 2022, month: 3, day: 8 }],
    ['8. maaliskuuta 2022', { year: 2022, month: 3, day: 8 }],
  ])('%s', (text, expected) => {
    expect(datesInText(foldString(text))).toContainEqual(expect.objectContaining(expected));
  });

  test.each(['Mayor of Harbin', 'May I say', 'in 2023 alone', '31 years of ties', 'March 45'])('no day in %s', (text) => {
    expect(datesInText(foldString(text)).filter((d) => d.day !== undefined)).toEqual([]);
  });

  test.each([
    ['2024-05-17T08:00:00+08:00', '2024-05-17'],
    ['May 17, 2024', '2024-05-17'],
    ['17 May 2024 10:00', '2024-05-17'],
    ['yesterday', null],
    ['2024-02-30', null],
  ])('metadata date %s -> %s', (s, iso) => {
    expect(toIsoDate(s, foldString)).toBe(iso);
  });

  test('month and year precision become spans', () => {
    expect(parseIsoSpan('2023-05')!.to - parseIsoSpan('2023-05')!.from).toBe(30);
    expect(parseIsoSpan('2024')!.to - parseIsoSpan('2024')!.from).toBe(365);
    expect(parseIsoSpan('2023-13')).toBeNull();
  });
});

import { afterAll, describe, expect, test } from 'vitest';
import { compareAccounts, followAccounts, type StatementRecord } from '../../engine';
import { engine } from '../helpers';

/** Statements of a publisher on a day whose parties include all of `who`. */
function accounts(publisher: string, date: string, who: string[], kinds = ['call', 'meeting', 'briefing']): StatementRecord[] {
  return [...engine().statements.values()].filter((s) => s.publisher === publisher && s.date === date && kinds.includes(s.kind) && who.every((p) => s.people.includes(p)));
}
const one = (list: StatementRecord[]) => { expect(list.length).toBeGreaterThan(0); return list[0]; };

const BIDEN = 'joe-biden';
const PUTIN = 'vladimir-putin';
const ZELENSKYY = 'volodymyr-zelenskyy';

describe('events', () => {
  // The White House and the Kremlin on the Biden–Putin calls; the Kremlin's briefing, put out after midnight in
  // Moscow, is dated the evening it tells.
  test.each([
    ['2021-12-07', '2021-12-07'],
    ['2021-12-30', '2021-12-30'],
    ['2022-02-12', '2022-02-12'],
  ])('Biden–Putin on %s: the White House and Kremlin accounts are one event', (wh, kremlin) => {
    const a = one(accounts('white-house', wh, [BIDEN, PUTIN]));
    const b = one(accounts('kremlin', kremlin, [BIDEN, PUTIN]));
    expect(engine().eventOf(b.id)).toBe(engine().eventOf(a.id));
    const ev = engine().event(engine().eventOf(a.id))!;
    expect(ev.participants).toEqual(expect.arrayContaining([BIDEN, PUTIN]));
    expect(ev.date).toBe(wh);
  });

  test.each([
    ['2021-12-09', '2021-12-10'],
    // Kyiv's account came out at 03:20 on the 28th: written the evening of the call.
    ['2022-01-27', '2022-01-27'],
    ['2022-02-13', '2022-02-13'],
    ['2022-03-30', '2022-03-30'],
    ['2022-06-15', '2022-06-15'],
  ])('Biden–Zelenskyy call of %s: the White House and President of Ukraine accounts are one event', (wh, ua) => {
    const a = one(accounts('white-house', wh, [BIDEN, ZELENSKYY], ['call']));
    const b = one(accounts('president-ua', ua, [BIDEN, ZELENSKYY], ['call']));
    expect(engine().eventOf(b.id)).toBe(engine().eventOf(a.id));
  });

  test('an announcement joins the event it announces, dated by the day it names', () => {
    // Published on the 4th, it says the call will be on Tuesday the 7th.
    const announced = [...engine().statements.values()].find((s) => s.publisher === 'white-house' && s.kind === 'announcement' && s.published === '2021-12-04' && s.participants.includes(PUTIN))!;
    expect(announced.date).toBe('2021-12-07');
    const readout = one(accounts('white-house', '2021-12-07', [BIDEN, PUTIN]));
    expect(engine().eventOf(announced.id)).toBe(engine().eventOf(readout.id));
    expect(engine().event(engine().eventOf(readout.id))!.date).toBe('2021-12-07');
  });

  test('near twins stay apart: every Biden–Zelenskyy call more than a day from another is an event of its own', () => {
    const calls = [...engine().statements.values()].filter((s) => s.kind === 'call' && s.participants.includes(BIDEN) && s.participants.includes(ZELENSKYY));
    expect(calls.length).toBeGreaterThan(20);
    const day = (s: StatementRecord) => Date.parse(engine().event(engine().eventOf(s.id))!.date) / 86_400_000;
    for (const a of calls) for (const b of calls) {
      if (Math.abs(day(a) - day(b)) > 1) expect(engine().eventOf(a.id)).not.toBe(engine().eventOf(b.id));
    }
    const putin = [accounts('white-house', '2021-12-07', [BIDEN, PUTIN])[0], accounts('white-house', '2021-12-30', [BIDEN, PUTIN], ['call'])[0]];
    expect(engine().eventOf(putin[0].id)).not.toBe(engine().eventOf(putin[1].id));
  });

  test('the Vice President meeting a guest is not the President meeting the same guest that day', () => {
    const harris = [...engine().statements.values()].filter((s) => s.kind === 'meeting' && s.participants.includes('kamala-harris') && s.participants.includes(ZELENSKYY));
    expect(harris.length).toBeGreaterThan(0);
    for (const h of harris) for (const id of engine().event(engine().eventOf(h.id))!.accounts) expect(engine().statements.get(id)!.participants).not.toContain(BIDEN);
  });

  test('an account whose opening sentence names both sides joins their meeting, whoever the sentence after names', () => {
    // Kyiv's account of the free trade agreement signed "in the presence of" Zelenskyy and Erdoğan names the
    // ministers who signed it in its second sentence; the evening address of 9 May 2022 names nobody in its first.
    const fta = [...engine().statements.values()].find((s) => s.id.includes('-president-ua-72705-'))!;
    const meeting = [...engine().statements.values()].find((s) => s.id.includes('-president-ua-72701-'))!;
    expect(fta.participants).toEqual([ZELENSKYY]);
    expect(engine().eventOf(fta.id)).toBe(engine().eventOf(meeting.id));
    const address = [...engine().statements.values()].find((s) => s.id.includes('-president-ua-74945-'))!;
    const michel = [...engine().statements.values()].find((s) => s.id.includes('-president-ua-74929-'))!;
    expect(engine().eventOf(address.id)).not.toBe(engine().eventOf(michel.id));
  });

  describe('a statement the reader adds', () => {
    const id = 'test-events-imported-readout';
    afterAll(() => engine().remove(id));

    test('joins the bundled event it reports, and leaves it when removed', () => {
      const e = engine();
      const wh = one(accounts('white-house', '2022-02-12', [BIDEN, PUTIN], ['call']));
      const rec = e.record({
        id, title: 'Notes on the telephone conversation of Vladimir Putin and Joseph Biden', date: '2022-02-12', source: 'My notes', kind: 'call',
        participants: [PUTIN, BIDEN], language: 'en',
        body: ['Vladimir Putin and Joseph Biden spoke by telephone for an hour about security guarantees in Europe.'],
      }, 'user');
      e.add([rec]);
      expect(e.eventOf(id)).toBe(e.eventOf(wh.id));
      expect(e.event(e.eventOf(id))!.accounts).toContain(id);
      e.remove(id);
      expect(e.eventOf(id)).toBe(id);
      expect(e.event(e.eventOf(wh.id))!.accounts).not.toContain(id);
    });
  });
});

// An article written for this test, on the Biden–Putin call of 12 February 2022.
const ARTICLE = {
  title: 'Biden warns Putin of swift costs in hour-long call',
  date: '2022-02-13',
  paragraphs: [
    'US President Joe Biden told Vladimir Putin on Saturday that an invasion of Ukraine would bring swift and severe costs, in a call that lasted about an hour.',
    'The Kremlin said the Russian leader complained that Washington had not answered his demands for security guarantees and that NATO expansion remained the key question.',
    'The local football club announced a new coach on Sunday after a long losing run.',
  ],
};

describe('accounts compared', () => {
  const wh = () => one(accounts('white-house', '2022-02-12', [BIDEN, PUTIN], ['call']));

  test('an article on the call calls every account of it the same event, one of them first', () => {
    const e = engine();
    const r = e.xref(ARTICLE);
    const event = e.eventOf(wh().id);
    const ids = e.event(event)!.accounts;
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(r.statements.find((s) => s.id === id)?.strength).toBe('same-event');
    expect(r.statements[0].event).toBe(event);
    for (const s of r.statements) if (s.event !== event) expect(s.strength).toBe('related');
  });

  test('paragraphs of one account answer paragraphs of another; the rest are said by one alone', () => {
    const e = engine();
    const c = compareAccounts(e, e.eventOf(wh().id))!;
    expect(new Set(c.accounts.map((a) => a.publisher))).toEqual(new Set(['white-house', 'kremlin']));
    expect(c.pairs.length).toBeGreaterThan(0);
    const cross = c.pairs.filter((p) => e.statements.get(p.a.statement)!.publisher !== e.statements.get(p.b.statement)!.publisher);
    expect(cross.length).toBeGreaterThan(0);
    for (const p of c.pairs) expect(p.similarity).toBeGreaterThanOrEqual(0.3);
    // What an account says alone is never a paragraph it shares.
    for (const o of c.only) for (const k of o.paragraphs) expect(c.pairs.some((p) => (p.a.statement === o.statement && p.a.paragraph === k) || (p.b.statement === o.statement && p.b.paragraph === k))).toBe(false);
    expect(c.only.some((o) => o.paragraphs.length > 0)).toBe(true);
    expect(compareAccounts(e, '2023-03-16-qin-gang-kuleba-call')).toBeNull();
  });

  test('an article follows the accounts passage by passage; what none says is named', () => {
    const e = engine();
    const analysis = e.analyze(ARTICLE);
    const f = followAccounts(e, ARTICLE, analysis, e.eventOf(wh().id));
    expect(f.passages.length).toBeGreaterThan(0);
    expect(f.follows[0].passages).toBeGreaterThan(0);
    for (const p of f.passages) expect(e.event(f.event)!.accounts).toContain(p.statement);
    expect(f.unsourced).toContain(2);
    expect(f.passages.map((p) => p.articleParagraph)).not.toContain(2);
  });

  test("a point restated from an account written as one long paragraph is found, sentence by sentence", () => {
    const e = engine();
    const readout = one(accounts('white-house', '2021-12-07', [BIDEN, PUTIN], ['video call', 'call']));
    expect(e.bodyOf(readout).length).toBe(1);
    // One of the readout's five points, in other words, beside a paragraph that none of the accounts has.
    const article = {
      title: 'Biden and Putin talk by video',
      date: '2021-12-07',
      paragraphs: [
        'Biden told Putin that the United States and its allies would answer a military escalation in Ukraine with strong economic measures, the White House said.',
        'A regional football final was moved to Saturday because of heavy snow in the north of the country.',
      ],
    };
    const f = followAccounts(e, article, e.analyze(article), e.eventOf(readout.id));
    expect(f.passages.find((p) => p.articleParagraph === 0)?.statement).toBe(readout.id);
    expect(f.unsourced).toContain(1);
  });
});

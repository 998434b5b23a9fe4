import { describe, expect, test } from 'vitest';
import { entityCard } from '../../engine';
import { engine } from '../helpers';

describe('the card of a person', () => {
  test('lists events, not the accounts of one event: the Biden–Putin video call is one line naming both publishers', async () => {
    const e = engine();
    const card = (await entityCard(e, 'person', 'vladimir-putin', '2021-12-08', Infinity))!;
    const events = card.statements.map((s) => e.eventOf(s.id));
    expect(new Set(events).size).toBe(events.length);
    expect(card.total).toBe(events.length);
    const call = card.statements.filter((s) => e.event(e.eventOf(s.id))!.date === '2021-12-07' && e.event(e.eventOf(s.id))!.participants.includes('joe-biden'));
    expect(call).toHaveLength(1);
    expect(call[0].publishers).toEqual(expect.arrayContaining(['White House', 'Kremlin']));
    expect(call[0].accounts).toBeGreaterThanOrEqual(2);
  });
});

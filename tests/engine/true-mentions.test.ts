import { describe, expect, test } from 'vitest';
import { engine, peopleIn, topicsIn } from '../helpers';

// Traps seen on real pages (issue 17), each rewritten as a page of our own: a topic phrase that is also an
// ordinary word or a name, an acronym of something else, another bearer of a surname, a name across a line break.

describe('a one-word topic counts only on a page about diplomacy', () => {
  test.each([
    ['Festival-goers had their pills checked by an energetic team before the night began.', []],
    ['The school has a new plan against bullying in the playground.', []],
    ['Read Chapter 7 of the novel before the next class.', []],
    ['Le film est diffusé sur OCS ce soir, puis en replay.', []],
    ['The pandemic of 1918 is the subject of the exhibition.', []],
    ['A report of the United Nations Office on Drugs says users want energy drinks.', ['united-nations']],
    ['The five points of the lore: the creature was a fusion of energy and plasma.', ['five-point-position']],
  ])('%s', (text, expected) => {
    expect(topicsIn(text)).toEqual(expected);
  });

  test.each([
    ['The two sides discussed energy, bilateral trade and peace talks.', 'energy-cooperation'],
    ['Xi Jinping said the SCO would meet in the autumn.', 'sco'],
    ['Wang Yi spoke of bullying by bigger countries.', 'hegemonism'],
    ['Der Handel mit China wächst, sagte Wang Yi.', 'trade-economy'],
    // A narrow topic's word needs less: one phrase of several words on the page.
    ['United Nations peacekeepers stay. The sanctions will be lifted.', 'sanctions'],
  ])('%s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });
});

describe('a word run into a name is part of that name', () => {
  test.each([
    ['Xi Jinping met the press. The lab Energy Control tested the pills.', 'energy-cooperation'],
    ['Xi Jinping visited Paris, where the deputy Sergio Coronado spoke.', 'covid-19'],
    ['Xi Jinping met the press. He installed SCO/Linux on the old server.', 'sco'],
  ])('%s', (text, topic) => {
    expect(topicsIn(text)).not.toContain(topic);
  });
});

describe('German words follow German case: a verb is not the noun', () => {
  test('es handelt sich um', () => {
    expect(topicsIn('Wang Yi sprach mit der Presse. Es handelt sich um einen Besuch.')).not.toContain('trade-economy');
  });
});

describe('a surname with another ending, after another given name, is another person', () => {
  test.each([
    ['Ludmilla Putina gave an interview about her memoirs.', []],
    ['Vladimir Putin arrived in Beijing.', ['vladimir-putin']],
    ['Putinului i-a spus', ['vladimir-putin']],
    ['rozmowa z Władimirem Putinem', ['vladimir-putin']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });
});

describe('a name across a line break is one mention', () => {
  test('Vladimir, a newline and indentation, Putin', () => {
    const text = 'Talks with Vladimir\n        Putin ended late.';
    const people = engine().mentions([text]).flat().filter((m) => m.kind === 'person');
    expect(people.map((m) => m.form)).toEqual(['Vladimir\n        Putin']);
  });
});

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
    ['A report of the United Nations Office on Drugs says users want energy drinks.', []],
    // A number and a noun: any list has them; beside one other topic, it is still a game's lore.
    ['The five points of the lore: an artificial intelligence bent on conquest was born of energy and plasma.', ['artificial-intelligence']],
    // A broad topic's phrase beside one other topic: a city's gas pipes in a story on climate change.
    ['Freeze-thaw cycles linked to climate change crack the city\'s old natural gas lines, the utility says.', ['climate']],
  ])('%s', (text, expected) => {
    expect(topicsIn(text)).toEqual(expected);
  });

  test.each([
    ['The two sides discussed energy security, bilateral trade and peace talks.', 'energy-cooperation'],
    ['Xi Jinping said the SCO summit would meet in the autumn.', 'sco'],
    ['Wang Yi spoke of hegemony by bigger countries.', 'hegemonism'],
    ['Der Außenhandel mit China wächst, sagte Wang Yi.', 'trade-economy'],
    // A narrow topic's word needs less: one phrase of several words on the page.
    ['United Nations peacekeepers stay. The sanctions will be lifted.', 'sanctions'],
    // The same phrases on a page of diplomacy: a name, or topics enough.
    ['Wang Yi recalled China\'s five points on the Ukraine issue.', 'five-point-position'],
    ['Xi Jinping and Vladimir Putin spoke of natural gas supplies.', 'energy-cooperation'],
    ['The talks covered natural gas, the sanctions regime and the peace talks to come.', 'energy-cooperation'],
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

describe('a name cut to its stem needs an ending', () => {
  test.each([
    // "Abela" is cut to "Abel" so that "Abeli" and "Abelę" match: the bare stem is another name.
    ['In 1642 the Dutch explorer Abel Tasman sighted the islands.', []],
    ['Prime Minister Robert Abela spoke to reporters. Abeli zwrócono uwagę.', ['robert-abela']],
  ])('%s', (text, expected) => {
    expect(peopleIn(text)).toEqual(expected);
  });
});

describe('a role before another name is that person\'s', () => {
  test('the press secretary of another year, named', () => {
    expect(peopleIn('White House press secretary Josh Earnest condemned the attack.', '2015-03-18')).toEqual([]);
    expect(peopleIn('White House press secretary Josh Earnest condemned the attack.')).toEqual([]);
  });
  test('the role alone names its holder on the day', () => {
    expect(peopleIn('The White House press secretary condemned the attack.', '2023-06-01')).toEqual(['karine-jean-pierre']);
  });
});

describe('German words follow German case: a verb is not the noun', () => {
  test('es handelt sich um', () => {
    expect(topicsIn('Wang Yi sprach mit der Presse. Es handelt sich um einen Besuch.')).not.toContain('trade-economy');
  });
});

describe('a surname with another ending, after another given name, is another person', () => {
  test.each([
    // The gazetteer knows her: she is found, and Vladimir Putin is not.
    ['Ludmilla Putina gave an interview about her memoirs.', ['lyudmila-putina']],
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

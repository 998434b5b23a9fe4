// Names of states and international bodies, to tell foreign affairs from domestic ones (the states' names are the
// engine's, engine/text/states.ts), and the roles that lead each state abroad.
import { stateNames } from '../../engine/text/states';
import { escapeRegExp } from '../../engine/text/regex';
export { statesNamed } from '../../engine/text/states';

// Bodies whose naming makes an item international whoever publishes it.
export const BODIES = ['NATO', 'European Union', 'EU', 'United Nations', 'UN', 'G7', 'G-7', 'G20', 'G-20', 'OSCE', 'IAEA', 'BRICS', 'SCO', 'CSTO', 'ASEAN', 'APEC', 'African Union', 'Quad', 'AUKUS', 'Council of Europe', 'European Commission', 'European Council', 'World Health Organization', 'WTO', 'IMF', 'World Bank', 'Eurasian Economic Union', 'CIS', 'Commonwealth of Independent States'];

const matchers = new Map<string, RegExp>();

/** A matcher for the states other than `home`, and the international bodies: names as written, in their case. */
export function foreignNames(home: string): RegExp {
  // Asked once per item of a run: the matcher of each home is made once.
  const made = matchers.get(home);
  if (made) return made;
  const names = [...stateNames()].filter(([c]) => c !== home).flatMap(([, n]) => n).concat(BODIES);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  matchers.set(home, re);
  return re;
}

/**
 * States whose head of government, not of state, speaks for them abroad (signs joint statements, sits at summits).
 * Elsewhere the president does, or the king where there is none.
 */
const LED_BY_GOVERNMENT = new Set('AM AT AU BD BE BG CA CZ DE DK EE ES GB GE GR HR HU IE IL IN IS IT JP LU LV MT MY NL NO NZ PK PT SE SG SI SK TH'.split(' '));
/**
 * The roles that lead a state abroad, the likeliest first: the gazetteer's ids (`jp-pm`, `de-chancellor`,
 * `fr-president`). A title that says who ("Presidents of Ukraine and Slovakia") is followed.
 */
export function leaderRoles(state: string, title = ''): string[] {
  // The gazetteer names Britain's roles "uk-", every other state's by its ISO code.
  const cc = state === 'GB' ? 'uk' : state.toLowerCase();
  const government = [`${cc}-pm`, `${cc}-chancellor`];
  const head = [`${cc}-president`, `${cc}-king`];
  const byGovernment = /\b(?:prime ministers?|chancellors?)\b/i.test(title) || (!/\bpresidents?\b/i.test(title) && LED_BY_GOVERNMENT.has(state));
  return byGovernment ? [...government, ...head] : [...head, ...government];
}

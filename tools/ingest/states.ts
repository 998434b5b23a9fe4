// Names of states and international bodies, to tell foreign affairs from domestic ones. The states are
// the runtime's own list of regions (Intl.DisplayNames), with the older and shorter names news still uses.

const EXTRA: Record<string, string[]> = {
  TR: ['Turkey'], CZ: ['Czech Republic'], KR: ['Republic of Korea', 'ROK'], KP: ['North Korea', 'DPRK'], CN: ['PRC', "People's Republic of China"],
  US: ['United States', 'U.S.', 'America'], GB: ['Britain', 'United Kingdom', 'UK', 'U.K.'], RU: ['Russian Federation'],
  MD: ['Moldova'], CD: ['Democratic Republic of the Congo', 'DRC'], CI: ["Côte d'Ivoire", 'Ivory Coast'], MM: ['Burma'],
  VA: ['Holy See', 'Vatican'], PS: ['Palestinian Authority', 'Gaza', 'West Bank'], AE: ['UAE'], TW: ['Taiwan'],
};
// Bodies whose naming makes an item international whoever publishes it.
export const BODIES = ['NATO', 'European Union', 'EU', 'United Nations', 'UN', 'G7', 'G-7', 'G20', 'G-20', 'OSCE', 'IAEA', 'BRICS', 'SCO', 'CSTO', 'ASEAN', 'APEC', 'African Union', 'Quad', 'AUKUS', 'Council of Europe', 'European Commission', 'European Council', 'World Health Organization', 'WTO', 'IMF', 'World Bank', 'Eurasian Economic Union', 'CIS', 'Commonwealth of Independent States'];

const CODES = 'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW'.split(' ');

let cache: Map<string, string[]> | null = null;

/** Names of each state by ISO code. */
export function stateNames(): Map<string, string[]> {
  if (cache) return cache;
  const d = new Intl.DisplayNames(['en'], { type: 'region' });
  cache = new Map(CODES.map((c) => [c, [...new Set([d.of(c) ?? c, ...(EXTRA[c] ?? [])])]]));
  return cache;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const matchers = new Map<string, RegExp>();

/** A matcher for the states other than `home`, and the international bodies: names as written, in their case. */
export function foreignNames(home: string): RegExp {
  // Asked once per item of a run: the matcher of each home is made once.
  const made = matchers.get(home);
  if (made) return made;
  const names = [...stateNames()].filter(([c]) => c !== home).flatMap(([, n]) => n).concat(BODIES);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'u');
  matchers.set(home, re);
  return re;
}

/**
 * States whose head of government, not of state, speaks for them abroad (signs joint statements, sits at summits).
 * Elsewhere the president does, or the king where there is none.
 */
const LED_BY_GOVERNMENT = new Set('AM AT AU BD BE BG CA CZ DE DK EE ES GB GE GR HR HU IE IL IN IS IT JP LU LV MT MY NL NO NZ PK PT SE SG SI SK TH'.split(' '));
/** Groups of states a title names by their name: the leaders of each member speak in their statement. */
const GROUPS: Record<string, string[]> = {
  G7: ['US', 'GB', 'FR', 'DE', 'IT', 'JP', 'CA'], 'G-7': ['US', 'GB', 'FR', 'DE', 'IT', 'JP', 'CA'],
  Quad: ['US', 'JP', 'IN', 'AU'], AUKUS: ['AU', 'GB', 'US'],
};

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

/** The states a text names, by name or by a group of them ("G7"), in the order named, each once. */
export function statesNamed(text: string): string[] {
  const found: [number, string][] = [];
  for (const [code, names] of stateNames()) {
    for (const n of names) {
      const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
      if (m) { found.push([m.index, code]); break; }
    }
  }
  for (const [group, members] of Object.entries(GROUPS)) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${escape(group)}(?![\\p{L}\\p{N}])`, 'u').exec(text);
    if (m) for (const code of members) found.push([m.index, code]);
  }
  return [...new Set(found.sort((a, b) => a[0] - b[0]).map(([, c]) => c))];
}

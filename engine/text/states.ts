// Names of states, as news writes them: the runtime's own list of regions (Intl.DisplayNames) in English and in
// an article's language, with the older and shorter English names news still uses, and groups named for their
// members ("G7"). Used by the ingest to read a joint statement's sides, and by ranking to read the states an article
// names.
import { escapeRegExp } from './regex';

const EXTRA: Record<string, string[]> = {
  TR: ['Turkey'], CZ: ['Czech Republic'], KR: ['Republic of Korea', 'ROK'], KP: ['North Korea', 'DPRK'], CN: ['PRC', "People's Republic of China"],
  US: ['United States', 'U.S.', 'America'], GB: ['Britain', 'United Kingdom', 'UK', 'U.K.'], RU: ['Russian Federation'],
  MD: ['Moldova'], CD: ['Democratic Republic of the Congo', 'DRC'], CI: ["Côte d'Ivoire", 'Ivory Coast'], MM: ['Burma'],
  VA: ['Holy See', 'Vatican'], PS: ['Palestinian Authority', 'Gaza', 'West Bank'], AE: ['UAE'], TW: ['Taiwan'],
};

export const STATE_CODES = 'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW'.split(' ');

/** Groups of states named by their name: the leaders of each member speak in their statement. */
export const STATE_GROUPS: Record<string, string[]> = {
  G7: ['US', 'GB', 'FR', 'DE', 'IT', 'JP', 'CA'], 'G-7': ['US', 'GB', 'FR', 'DE', 'IT', 'JP', 'CA'],
  Quad: ['US', 'JP', 'IN', 'AU'], AUKUS: ['AU', 'GB', 'US'],
};

const names = new Map<string, Map<string, string[]>>();

/** Names of each state by ISO code, in English and, where given, in a language (its primary tag, "de"). */
export function stateNames(language = 'en'): Map<string, string[]> {
  const lang = language.split('-')[0].toLowerCase();
  let made = names.get(lang);
  if (made) return made;
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  let local: Intl.DisplayNames | null = null;
  try { if (lang !== 'en') local = new Intl.DisplayNames([language], { type: 'region' }); } catch { /* a tag the runtime does not know */ }
  made = new Map(STATE_CODES.map((c) => {
    const own = local?.of(c);
    return [c, [...new Set([en.of(c) ?? c, ...(EXTRA[c] ?? []), ...(own && own !== c ? [own] : [])])]];
  }));
  names.set(lang, made);
  return made;
}

const finders = new Map<string, { re: RegExp; code: Map<string, string[]> }>();

/** The states a text names, by name or by a group of them ("G7"), in the order named, each once. */
export function statesNamed(text: string, language = 'en'): string[] {
  const lang = language.split('-')[0].toLowerCase();
  let f = finders.get(lang);
  if (!f) {
    const code = new Map<string, string[]>();
    for (const [c, ns] of stateNames(language)) for (const n of ns) code.set(n, [...(code.get(n) ?? []), c]);
    for (const [g, members] of Object.entries(STATE_GROUPS)) code.set(g, members);
    const alternatives = [...code.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    f = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu'), code };
    finders.set(lang, f);
  }
  const out = new Set<string>();
  for (const m of text.matchAll(f.re)) for (const c of f.code.get(m[0]) ?? []) out.add(c);
  return [...out];
}

// Topics a story speaks of by meaning, where no phrase of theirs is written: "the conflict", "a plan to end the war",
// in a sentence that names Ukraine, is the war in Ukraine; negotiations in a sentence of that war are peace talks.
// Read on folded text (lower case, no accents), sentence by sentence; they count among the page's topics (for ranking
// and the reader's list) but light nothing: no words of the page are theirs alone.

/** Ukraine and its adjective, in the gazetteer's languages and scripts, as folded (أ is ا): stems take any ending. */
const UKRAINE = /(?<![\p{L}])(?:ukrain|ukrajin|ukrayn|ucrain|ucran|oekrain|украин|україн|украјин|ουκραν)|乌克兰|烏克蘭|ウクライナ|우크라이나|اوكرانيا|اوکراین|אוקראינ|यूक्रेन/u;
/** The war itself: war, conflict, crisis, invasion, attack, offensive, and a state's position on it, as folded. */
const WAR = new RegExp([
  '(?<![\\p{L}])(?:war|wars|conflict|crisis|invasion|fighting|hostilities|attack|offensive|position|stance|ofensiva|offensiva|ataque|attacco|attaque|angriff\\p{L}*|atak\\p{L}*|haltung|posicion|posizione|posicao|stanowisk\\p{L}*|наступлени\\p{L}*|нападени\\p{L}*|атак\\p{L}*|напад\\p{L}*|позици\\p{L}*|позиці\\p{L}*|спецоперац\\p{L}*|krieg\\p{L}*|konflikt\\p{L}*|krise|guerre|conflit|crise|guerra|conflicto|conflitto|conflito|crisi|invasion\\p{L}*|invasione|wojn\\p{L}*|konfliktu|kryzys\\p{L}*|oorlog|valk\\p{L}*|savas\\p{L}*|catisma\\p{L}*|razboi\\p{L}*|sota|haboru\\p{L}*|войн\\p{L}*|конфликт\\p{L}*|кризис\\p{L}*|вторжени\\p{L}*|війн\\p{L}*|конфлікт\\p{L}*|криз\\p{L}*|вторгнен\\p{L}*|πολεμ\\p{L}*|συγκρουσ\\p{L}*)(?![\\p{L}])',
  '战争|冲突|危机|戰爭|衝突|危機|戦争|紛争|侵攻|전쟁|분쟁|위기|침공',
  '(?:ال)?(?:حرب|صراع|نزاع|ازمة|غزو)|جنگ|بحران|מלחמ|युद्ध|संघर्ष',
].join('|'), 'u');
/** Negotiation (not "talks": two leaders' talks are no peace talks), as folded. */
const NEGOTIATION = new RegExp([
  '(?<![\\p{L}])(?:negotiat\\p{L}*|verhandl\\p{L}*|negociac\\p{L}*|negocia\\p{L}*|negoziat\\p{L}*|negocjac\\p{L}*|rokowan\\p{L}*|onderhandel\\p{L}*|vyjednav\\p{L}*|muzakere\\p{L}*|переговор\\p{L}*|перемовин\\p{L}*|διαπραγματευσ\\p{L}*|ceasefire|cease-fire|waffenstillstand\\p{L}*|cessez-le-feu|alto el fuego|cessate il fuoco|cessar-fogo|zawieszeni\\p{L}* broni|перемири\\p{L}*|припинення вогню)(?![\\p{L}])',
  '谈判|談判|停火|交渉|停戦|협상|휴전',
  'مفاوضات|وقف اطلاق النار|مذاکره|آتشبس|वार्ता|युद्धविराम',
].join('|'), 'u');
const SENTENCE = /[^.!?。！？]+[.!?。！？]*/gu;

/** The ids of topics a page's folded blocks speak of by meaning. */
export function inferredTopics(folded: readonly string[]): string[] {
  const out = new Set<string>();
  for (const block of folded) for (const [sentence] of block.matchAll(SENTENCE)) {
    if (!UKRAINE.test(sentence)) continue;
    if (WAR.test(sentence)) out.add('ukraine-crisis');
    if (NEGOTIATION.test(sentence)) out.add('peace-talks');
  }
  return [...out];
}

import { fold } from '../text/normalize';
import { tokenize, type Token } from '../text/tokenize';
import { CharClass, classOf } from '../text/scripts';

// Content words for lexical comparison: folded, without stop words, cut to a
// common prefix so that "negotiation" and "negotiations" meet. Unspaced scripts
// give overlapping character pairs, the usual way to index Chinese without a dictionary.

const STOP = new Set(`a an and are as at be been but by for from has have he her his i in into is it its of on or our s said says
that the their them they this to was we were which who will with would not no also after before about over more than other
one two can could may might should all any some such what when where while there these those then so do does did had up out
him she you your my me us new very just been being only own same too mr ms mrs dr per via
le la les des du de et en un une est pour que qui dans sur au aux par plus pas ne se sa son ses il elle
der die das den dem des und ein eine einer eines ist im zu mit von auf für nicht sich es er sie wir am als auch
el los las del y con por para una uno es se su sus lo al como más
il lo gli della delle dei di da con per che non una uno alla alle nel nella è ha
și în cu pe la din că de un o ale al
и в во на с со по к о об от за из у для что это как не но а же то бы он она они его ее их был была было
і в у на з із до що це як не але та й від для про
και το τα της του των στο στη στην με σε για που από ο η οι`.split(/\s+/));

export const STEM_LENGTH = 7;

export function stem(t: string): string {
  return t.length > STEM_LENGTH ? t.slice(0, STEM_LENGTH) : t;
}

/** Lexical terms of a text, in order. */
export function terms(text: string): string[] {
  const f = fold(text);
  return termsOf(f.text, tokenize(f));
}

/** Lexical terms from a text already folded and tokenised (a block the matcher scanned). */
export function termsOf(folded: string, tokens: Token[]): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    if (tok.text.length < 2 || STOP.has(tok.text) || /^\d+$/.test(tok.text)) continue;
    out.push(stem(tok.text));
  }
  const s = folded;
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (classOf(s.charCodeAt(i)) === CharClass.Unspaced) {
      if (prev) out.push(prev + ch);
      prev = ch;
    } else prev = '';
  }
  return out;
}

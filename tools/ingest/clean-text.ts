// Official text as captured, made into clean paragraphs: the same rules for every source format.

/** Inline clutter: HTML tags (their text kept: "8<sup>th</sup>" is "8th"), Markdown emphasis and links, escapes. */
export function cleanInline(s: string): string {
  return s
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!'"$<>|~&@%])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/[\u00a0\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Lines that are page furniture, not text: end markers, rules, a lone "Via Teleconference". */
function isFurniture(p: string): boolean {
  return p === '' || /^(#{1,6}|\\?#{3}|[-*_=]{3,}|\+[-+]+\+?)$/.test(p)
    // A transcript's clock time, its venue line and end mark: "8:41 A.M. EST", "Via Teleconference", "END".
    || /^\d{1,2}:\d{2} [AP]\.?M\.? [A-Z]{2,4}$/.test(p) || /^(via teleconference|end|\[end\]|end \d{1,2}:\d{2} [ap]\.?m\.? [a-z]{2,4})$/i.test(p);
}

const BULLET = /^\s{0,3}([-*+•]|\d{1,2}[.)])\s+/;

/**
 * Markdown wrapped at ~72 columns into paragraphs: lines joined, a blank line (or a line that starts with
 * a no-break space, how the captures mark a new paragraph) ends one, each list item is a paragraph of its
 * own starting with "• ", and rows of a pipe table become "cell · cell" lines.
 */
export function markdownParagraphs(md: string): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  const flush = () => {
    const p = cleanInline(cur.join(' '));
    if (!isFurniture(p)) out.push(p);
    cur = [];
  };
  for (const raw of md.split('\n')) {
    if (raw.trim() === '') { flush(); continue; }
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      flush();
      if (/^\s*\|[\s:|-]+\|\s*$/.test(raw)) continue;
      cur.push(raw.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join(' · '));
      flush();
      continue;
    }
    const bullet = BULLET.exec(raw);
    if (bullet) { flush(); cur.push(`• ${raw.slice(bullet[0].length)}`); continue; }
    // One leading space (a no-break space in the captures) opens a paragraph; list items continue on deeper indents.
    if (/^[\u00a0 ](?![\u00a0 ])/.test(raw) && cur.length) flush();
    cur.push(raw.trim());
    // Two trailing spaces are a hard line break: in these captures they end a paragraph or a speaker's turn.
    if (/ {2,}$/.test(raw) && !/^\s{2,}/.test(raw)) flush();
  }
  flush();
  return out;
}

/** Labels that open a speaker's turn in a transcript: "Vladimir Putin:", "Emmanuel Macron (retranslated):". */
const SPEAKER = /^(?:(?:President|Prime Minister|Chancellor|Minister|Foreign Minister|Press Secretary|Question|Q|Moderator)\b[^:]{0,60}|(?:[A-Z][\p{L}'’.-]+ ){1,4}[A-Z][\p{L}'’.-]+(?: \((?:retranslated|via interpreter|in English)\))?):\s/u;
const MAX_PARAGRAPH = 700;

/**
 * A body captured as one run of text (the CSVs): split at sentence ends, a new paragraph at each speaker's
 * turn, and otherwise sentences grouped up to ~700 characters. Where the capture glued two paragraphs
 * together ("…in part:"It is…", "…of 2022).The…") a space is put back first.
 */
export function runOnParagraphs(text: string): string[] {
  const t = cleanInline(text.replace(/\s*\n\s*/g, '\n'))
    .replace(/([a-z0-9)\]”"’][.!?:;]["”’]?)(?=[A-Z“"«])/g, '$1 ')
    .replace(/([\p{L}\p{N}])\((?=\p{L})/gu, '$1 (');
  const sentences: string[] = [];
  for (const block of t.split('\n')) {
    let from = 0;
    let carry = '';
    const boundary = /[.!?…]+["”’»)]*\s+(?=["“«(]?[\p{Lu}\d])/gu;
    let m: RegExpExecArray | null;
    const take = (end: number) => {
      const s = carry + block.slice(from, end).trim();
      from = end;
      // "Mr.", "U.S.", "St." and initials end no sentence.
      if (/(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Lt|Col|Gov|Sen|Rep)|(?<![\p{L}])\p{Lu})\.$/u.test(s)) carry = `${s} `;
      else { carry = ''; if (s) sentences.push(s); }
    };
    while ((m = boundary.exec(block))) take(m.index + m[0].length);
    take(block.length);
    if (carry.trim()) sentences.push(carry.trim());
    sentences.push('\n');
  }
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (s === '\n') { if (cur) out.push(cur); cur = ''; continue; }
    if (cur && (SPEAKER.test(s) || cur.length + s.length > MAX_PARAGRAPH)) { out.push(cur); cur = ''; }
    cur = cur ? `${cur} ${s}` : s;
  }
  if (cur) out.push(cur);
  return out;
}

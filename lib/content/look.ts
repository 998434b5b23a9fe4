import type { Look, WireMentions } from '../shared/messages';

// The highlighter names the look through this module, beside what it does with it.
export type { Look };

export const DEFAULT_LOOK: Look = { person: true, topic: true, around: false, all: false, personColour: '#ffc400', topicColour: '#50a0ff' };

/**
 * The mentions the reader wants highlighted: of the kinds they chose and, unless `lit` is null (everything), of the
 * entities in `lit`. Decided once per entity, not per mention: a long page has thousands of mentions of a few dozen.
 */
export function visibleMentions(wire: WireMentions, look: Look, lit: ReadonlySet<string> | null = null): WireMentions {
  if (look.person && look.topic && !lit) return wire;
  const shown = wire.entities.map((key) => look[key[0] === 'p' ? 'person' : 'topic'] && (!lit || lit.has(key)));
  const flat: number[] = [];
  for (let i = 0; i < wire.flat.length; i += 4) {
    if (shown[wire.flat[i + 3]]) flat.push(wire.flat[i], wire.flat[i + 1], wire.flat[i + 2], wire.flat[i + 3]);
  }
  return { flat, entities: wire.entities };
}

/**
 * Colours other than the defaults, as a constructed style sheet adopted by the document
 * (no element in the page); null when the defaults of highlights.css hold.
 */
export function colourSheet(look: Look): CSSStyleSheet | null {
  if (look.personColour === DEFAULT_LOOK.personColour && look.topicColour === DEFAULT_LOOK.topicColour) return null;
  const sheet = new CSSStyleSheet();
  // The fill at 30% opacity, as highlights.css does for the default colours.
  const rule = (c: string) => `background-color: ${c}4d; text-decoration-color: ${c};`;
  sheet.replaceSync([
    `::highlight(readout-person) { ${rule(look.personColour)} }`,
    `::highlight(readout-topic) { ${rule(look.topicColour)} }`,
    `readout-mark[data-readout-kind="person"] { ${rule(look.personColour)} }`,
    `readout-mark[data-readout-kind="topic"] { ${rule(look.topicColour)} }`,
  ].join('\n'));
  return sheet;
}

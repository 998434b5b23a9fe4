import { entityOf, type WireMentions } from '../shared/messages';
import type { TextBlock } from './blocks';

export type Kind = 'person' | 'topic';

/** A mention placed on the page: engine offsets within one block. */
export interface PageMention {
  block: TextBlock;
  start: number;
  end: number;
  kind: Kind;
  id: string;
}

/**
 * A pass's mentions as the background sent them: four numbers each (block key, start, end, entity),
 * grouped by block (see lib/background/page-state.ts). Entities become objects once per pass, not once per
 * mention: a 2 MB page has ten thousand mentions of a few dozen entities.
 */
export class PassMentions {
  readonly flat: number[];
  readonly keys: string[];
  readonly entities: { kind: Kind; id: string }[];
  /** Per block key, where its mentions lie: [first, end) in mentions. */
  readonly spans = new Map<number, [number, number]>();

  constructor(wire: WireMentions) {
    this.flat = wire.flat;
    this.keys = wire.entities;
    this.entities = wire.entities.map(entityOf);
    let span: [number, number] = [0, 0];
    for (let i = 0, last = NaN; i < this.flat.length; i += 4) {
      if (this.flat[i] !== last) { last = this.flat[i]; span = [i / 4, i / 4]; this.spans.set(last, span); }
      span[1]++;
    }
  }
}

/**
 * One block's mentions, read from its pass; the objects are made when first asked for (the keyboard,
 * the card, a range coming into view): most blocks of a long page never are.
 */
export class BlockMentions {
  private made: PageMention[] | null = null;

  constructor(readonly block: TextBlock, private pass: PassMentions, private first: number, readonly length: number) {}

  get list(): PageMention[] {
    if (!this.made) {
      const out: PageMention[] = [];
      for (let i = 0; i < this.length; i++) {
        const e = this.entity(i);
        out.push({ block: this.block, start: this.start(i), end: this.end(i), kind: e.kind, id: e.id });
      }
      this.made = out;
    }
    return this.made;
  }

  /** Mention i's offsets and entity, read from the wire: the element painter marks every mention, and makes no object per mention. */
  start(i: number): number {
    return this.pass.flat[(this.first + i) * 4 + 1];
  }

  end(i: number): number {
    return this.pass.flat[(this.first + i) * 4 + 2];
  }

  entity(i: number): { kind: Kind; id: string } {
    return this.pass.entities[this.pass.flat[(this.first + i) * 4 + 3]];
  }

  /**
   * Whether `pass` gives this block the same mentions; if it does, they are read from it from now on,
   * so that an older pass is not kept alive by the blocks it painted.
   */
  sameIn(pass: PassMentions): boolean {
    const span = pass.spans.get(this.block.key);
    if (!span || span[1] - span[0] !== this.length) return false;
    const a = this.pass;
    for (let i = 0; i < this.length; i++) {
      const x = (this.first + i) * 4;
      const y = (span[0] + i) * 4;
      if (a.flat[x + 1] !== pass.flat[y + 1] || a.flat[x + 2] !== pass.flat[y + 2] || a.keys[a.flat[x + 3]] !== pass.keys[pass.flat[y + 3]]) return false;
    }
    this.pass = pass;
    this.first = span[0];
    return true;
  }
}

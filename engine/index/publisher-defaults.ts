import type { PublisherInfo, StatementRecord } from './types';

/**
 * Fields a bundled statement shares with its publisher (who it is, the licence, the attribution) are left
 * out of the extension's core file and filled in when it is read: 2,000 copies of the same three strings
 * were a fifteenth of what the worker reads at its start. An absent field the publisher has is written null.
 */
const SHARED = [['source', 'name'], ['licence', 'licence'], ['attribution', 'attribution']] as const;

type Stored = Omit<StatementRecord, 'source' | 'licence' | 'attribution' | 'origin'> & { source?: string | null; licence?: string | null; attribution?: string | null; origin?: StatementRecord['origin'] };

export function withoutPublisherDefaults(statements: StatementRecord[], publishers: PublisherInfo[]): Stored[] {
  const byId = new Map(publishers.map((p) => [p.id, p]));
  return statements.map((s) => {
    const p = s.publisher ? byId.get(s.publisher) : undefined;
    const out: Stored = { ...s };
    if (out.origin === 'bundled') delete out.origin;
    if (!p) return out;
    for (const [field, own] of SHARED) {
      if (s[field] === p[own]) delete out[field];
      else if (s[field] === undefined && p[own] !== undefined) out[field] = null;
    }
    return out;
  });
}

export function withPublisherDefaults(statements: Stored[], publishers: PublisherInfo[]): StatementRecord[] {
  const byId = new Map(publishers.map((p) => [p.id, p]));
  return statements.map((s) => {
    const p = s.publisher ? byId.get(s.publisher) : undefined;
    s.origin ??= 'bundled';
    if (p) {
      for (const [field, own] of SHARED) {
        if (s[field] === null) delete s[field];
        else if (s[field] === undefined && p[own] !== undefined) s[field] = p[own];
      }
    }
    return s as StatementRecord;
  });
}

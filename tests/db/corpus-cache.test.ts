import { describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { failOnWrite } from './db-helpers';
import { cachedFile, keepFiles, resetCorpusCache } from '../../lib/db/corpus-cache';

function freshCache(): void {
  resetCorpusCache();
  globalThis.indexedDB = new IDBFactory();
}

const build = (b: string | null) => Promise.resolve(b);

describe('the kept copy of the packaged corpus', () => {
  test('gives back what was kept, as objects, for the same build only', async () => {
    freshCache();
    const core = { version: 1, statements: [{ id: 'a', people: ['x'] }], spans: new Map([['a', 3]]) };
    expect(await cachedFile(build('b1'), 'core')).toBeUndefined();
    await keepFiles('b1', [['core', core], ['bodies-0', { bodies: [['p']], mentions: [''] }]]);
    expect(await cachedFile(build('b1'), 'core')).toEqual(core);
    expect(await cachedFile(build('b1'), 'bodies-0')).toEqual({ bodies: [['p']], mentions: [''] });
    // Another package (an update) or one whose build could not be read: the copy is not used.
    expect(await cachedFile(build('b2'), 'core')).toBeUndefined();
    expect(await cachedFile(build(null), 'core')).toBeUndefined();
  });

  test('a new build\'s first copy drops the files of the one before, which its package may no longer have', async () => {
    freshCache();
    await keepFiles('b1', [['core', { n: 1 }], ['bodies-7', { n: 7 }]]);
    await keepFiles('b2', [['core', { n: 2 }]]);
    expect(await cachedFile(build('b2'), 'core')).toEqual({ n: 2 });
    expect(await cachedFile(build('b1'), 'bodies-7')).toBeUndefined();
    // Files of the same build kept later join it.
    await keepFiles('b2', [['bodies-7', { n: 72 }]]);
    expect(await cachedFile(build('b2'), 'core')).toEqual({ n: 2 });
    expect(await cachedFile(build('b2'), 'bodies-7')).toEqual({ n: 72 });
  });

  test('a full disk loses the new copy, not the old one, and throws nothing', async () => {
    freshCache();
    await keepFiles('b1', [['core', { n: 1 }]]);
    expect(await failOnWrite(2, () => keepFiles('b1', [['search', { s: 1 }], ['bodies-0', { b: 0 }]]))).toBeNull();
    expect(await cachedFile(build('b1'), 'core')).toEqual({ n: 1 });
    expect(await cachedFile(build('b1'), 'search')).toBeUndefined();
  });

  test('once the database is open, a read is asked at once, so that a read asked in the middle of work runs beside it', async () => {
    freshCache();
    await keepFiles('b1', [['bodies-1', { n: 1 }]]);
    const get = IDBObjectStore.prototype.get;
    let asked = 0;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) { asked++; return get.apply(this, args); };
    try {
      const reading = cachedFile(build('b1'), 'bodies-1');
      // Nothing awaited yet: the request is already with the database.
      expect(asked).toBe(1);
      expect(await reading).toEqual({ n: 1 });
    } finally {
      IDBObjectStore.prototype.get = get;
    }
  });

  test('without storage, nothing is kept and nothing is given back', async () => {
    resetCorpusCache();
    const real = globalThis.indexedDB;
    globalThis.indexedDB = { open() { throw new DOMException('storage is off', 'SecurityError'); } } as unknown as IDBFactory;
    try {
      await keepFiles('b1', [['core', { n: 1 }]]);
      expect(await cachedFile(build('b1'), 'core')).toBeUndefined();
    } finally {
      globalThis.indexedDB = real;
      resetCorpusCache();
    }
  });
});

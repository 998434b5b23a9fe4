import { describe, expect, test } from 'vitest';
import { cycles, importsOf, repoEdges, wrongWay, type Edge } from '../../tools/import-graph';

const SOURCES = ['engine', 'lib', 'components', 'entrypoints'];

/** Edges of a made-up tree of files, for checking that the checks can fail. */
function tree(files: Record<string, string>): Edge[] {
  return Object.entries(files).flatMap(([p, src]) => importsOf(p, src, (f) => f in files));
}

describe('imports run one way', () => {
  const edges = repoEdges(SOURCES);

  test('the sources are read: every world imports something', () => {
    for (const dir of ['engine/', 'lib/content/', 'lib/background/', 'lib/pages/', 'lib/shared/', 'lib/db/', 'components/', 'entrypoints/']) {
      expect(edges.some((e) => e.from.startsWith(dir)), dir).toBe(true);
    }
  });

  test('no import cycle in engine/, lib/, components/, entrypoints/', () => {
    expect(cycles(edges)).toEqual([]);
  });

  test('no import crosses worlds the wrong way', () => {
    expect(wrongWay(edges)).toEqual([]);
  });

  test('a cycle is found, type-only imports included, and named by its files', () => {
    const edges = tree({
      'lib/shared/a.ts': "import type { B } from './b';\nexport type A = 1;",
      'lib/shared/b.ts': "import {\n  type A,\n} from './a';\nexport type B = 2;",
      'lib/shared/c.ts': "import { a } from './a';",
    });
    expect(cycles(edges)).toEqual([['lib/shared/a.ts', 'lib/shared/b.ts', 'lib/shared/a.ts']]);
  });

  test.each([
    ['lib/content/x.ts', "import { library } from '../background/library';", 'lib/background/library.ts'],
    ['lib/background/x.ts', "import { Highlighter } from '../content/highlighter';", 'lib/content/highlighter.ts'],
    ['lib/shared/x.ts', "export { card } from '../../components/Popup';", 'components/Popup.tsx'],
    ['lib/shared/x.ts', "import { loadSettings } from '../db/settings';", 'lib/db/settings.ts'],
    ['components/X.tsx', "const m = import('../lib/background/main');", 'lib/background/main.ts'],
    ['engine/x.ts', "import '../lib/shared/messages';", 'lib/shared/messages.ts'],
    ['lib/content/x.ts', "import { openDB } from 'idb';", 'idb'],
  ])('%s: %s is refused', (from, src, to) => {
    const files = { [from]: src, [to]: '' };
    expect(wrongWay(tree(files))).toEqual([expect.stringContaining(from)]);
  });

  test.each([
    ['lib/shared/x.ts', "import type { Settings } from '../db/settings';", 'lib/db/settings.ts'],
    ['components/X.tsx', "import { readPageText } from '../lib/content/article-dom';", 'lib/content/article-dom.ts'],
    ['lib/content/x.ts', "import { send, type Chip } from '../shared/messages';", 'lib/shared/messages.ts'],
  ])('%s: %s is allowed', (from, src, to) => {
    expect(wrongWay(tree({ [from]: src, [to]: '' }))).toEqual([]);
  });
});

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launch, serve, type Session } from '../../tools/browser';

export interface BrowserRig { session: Session; site: { url: string } }

/**
 * For one test file: the built extension (npm test builds it first) in a real Chromium,
 * and a local site serving `dir`. Read the fields inside tests, once beforeAll has run.
 */
export function withBrowser(dir: string | (() => string)): BrowserRig {
  const rig = {} as BrowserRig;
  let close: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    mkdirSync('artifacts', { recursive: true });
    const site = await serve(typeof dir === 'string' ? dir : dir());
    const session = await launch();
    rig.site = site;
    rig.session = session;
    close = async () => { await session.close(); await site.close(); };
  });
  afterAll(async () => { await close?.(); });
  return rig;
}

// Firefox ESR with the built Firefox extension loaded as a temporary add-on, through web-ext: used by the browser tests.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webExt from 'web-ext';
import { firstExisting } from './browser';

export const FIREFOX_DIST = resolve('dist/firefox-mv2');

const CANDIDATES = [
  process.env.READOUT_FIREFOX,
  // Where tools/get-firefox.sh unpacks Debian's firefox-esr (no root needed for the browser itself).
  resolve('.cache/firefox-esr/usr/lib/firefox-esr/firefox-esr'),
  '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox',
];

export const FIREFOX_HINT = 'No Firefox was found: run `bash tools/get-firefox.sh` (unpacks Debian\'s Firefox ESR into .cache/), or set READOUT_FIREFOX to a Firefox binary.';

export function findFirefox(): string | null {
  return firstExisting(CANDIDATES);
}

/** Starts headless Firefox on `startUrl` with Readout installed in a throwaway profile; `exit` closes it. */
export async function runFirefox(startUrl: string): Promise<{ exit(): Promise<void> }> {
  const firefox = findFirefox();
  if (!firefox) throw new Error(FIREFOX_HINT);
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`No built extension in ${FIREFOX_DIST}: run npm run build:firefox first.`);
  const runner = await webExt.cmd.run({
    sourceDir: FIREFOX_DIST, firefox, args: ['--headless'], startUrl: [startUrl], noReload: true, noInput: true,
    // No updates, telemetry or first-run pages: the run must not reach the network on its own.
    pref: {
      'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false, 'browser.shell.checkDefaultBrowser': false,
      'browser.startup.homepage_override.mstone': 'ignore',
    },
  }, { shouldExitProgram: false });
  return { exit: () => runner.exit() };
}

// What `npm test` does about the two browsers its browser tests load Readout into: install what is
// missing when this machine lets it (apt, and root or sudo without a password), else one line that
// says what to run. A pure plan, so every kind of machine can be tested without being one.

export interface Machine {
  chromium: boolean;
  firefox: boolean;
  apt: boolean;
  /** root, or sudo that asks no password: installing cannot stop at a prompt halfway through the tests. */
  admin: boolean;
}

export type Step = 'chromium' | 'firefox';

export type Plan = { install: Step[] } | { hint: string };

export function planBrowsers(m: Machine): Plan {
  const missing: Step[] = [...(m.chromium ? [] : ['chromium' as const]), ...(m.firefox ? [] : ['firefox' as const])];
  if (!missing.length || (m.apt && m.admin)) return { install: missing };
  const what = missing.map((s) => (s === 'chromium' ? 'Chromium' : 'Firefox ESR')).join(' and ');
  if (!m.apt) {
    const vars = missing.map((s) => (s === 'chromium' ? 'READOUT_BROWSER to a Chromium or Chrome binary' : 'READOUT_FIREFOX to a Firefox binary'));
    return { hint: `npm test: the browser tests need ${what}: install it and set ${vars.join(' and ')}, then run npm test again.` };
  }
  // get-firefox.sh asks sudo itself for the libraries Firefox needs, and unpacks the browser as the user.
  const cmds = missing.map((s) => (s === 'chromium' ? 'sudo apt-get install -y chromium' : 'bash tools/get-firefox.sh'));
  return { hint: `npm test: the browser tests need ${what}: run \`${cmds.join(' && ')}\`, then npm test again.` };
}

import { describe, expect, test } from 'vitest';
import { planBrowsers, type Machine } from '../../tools/browser-setup';

const machine = (m: Partial<Machine>): Machine => ({ chromium: false, firefox: false, apt: true, admin: true, ...m });

describe('npm test sets up the browsers, or says in one line what to run', () => {
  test.each([
    ['both there', machine({ chromium: true, firefox: true, admin: false, apt: false }), []],
    ['fresh Debian as root', machine({}), ['chromium', 'firefox']],
    ['only Firefox missing', machine({ chromium: true }), ['firefox']],
    ['only Chromium missing', machine({ firefox: true }), ['chromium']],
  ])('%s: installs what is missing', (_, m, install) => {
    expect(planBrowsers(m)).toEqual({ install });
  });

  test.each([
    ['not root, with apt', machine({ admin: false }), '`sudo apt-get install -y chromium && bash tools/get-firefox.sh`'],
    ['not root, Chromium there', machine({ admin: false, chromium: true }), '`bash tools/get-firefox.sh`'],
    ['not root, Firefox there', machine({ admin: false, firefox: true }), '`sudo apt-get install -y chromium`,'],
    ['no apt', machine({ apt: false }), 'set READOUT_BROWSER to a Chromium or Chrome binary and READOUT_FIREFOX to a Firefox binary'],
    ['no apt, Chromium there', machine({ apt: false, chromium: true }), 'set READOUT_FIREFOX to a Firefox binary,'],
  ])('%s: one line naming what to run', (_, m, says) => {
    const plan = planBrowsers(m);
    expect(plan).toHaveProperty('hint');
    const hint = (plan as { hint: string }).hint;
    expect(hint).toContain(says);
    expect(hint.split('\n')).toHaveLength(1);
  });
});

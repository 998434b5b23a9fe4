// Run by `npm test` before the tests: sets up Chromium and Firefox ESR, or says in one line what to run.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { findBrowser } from './browser';
import { planBrowsers } from './browser-setup';
import { findFirefox } from './firefox';

const quiet: SpawnSyncOptions = { stdio: 'ignore' };
const root = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], quiet).status === 0;
const admin = root || spawnSync('sudo', ['-n', 'true'], quiet).status === 0;

function asRoot(cmd: string[]): void {
  const argv = root ? cmd : ['sudo', '-n', ...cmd];
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`npm test: \`${cmd.join(' ')}\` failed (its output is above); run it again once it can succeed, then npm test.`);
    process.exit(1);
  }
}

const plan = planBrowsers({ chromium: !!findBrowser(), firefox: !!findFirefox(), apt: hasApt, admin });
if ('hint' in plan) {
  console.error(plan.hint);
  process.exit(1);
}
if (plan.install.includes('chromium')) {
  console.log('npm test: installing Debian\'s Chromium for the browser tests');
  asRoot(['apt-get', 'update', '-qq']);
  // Other apt runs on the machine may hold its lock for a while: wait for it rather than fail.
  asRoot(['apt-get', 'install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', 'chromium']);
}
if (plan.install.includes('firefox')) {
  console.log('npm test: unpacking Debian\'s Firefox ESR into .cache/ for the browser tests');
  const r = spawnSync('bash', ['tools/get-firefox.sh'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm test: `bash tools/get-firefox.sh` failed (its output is above); run it again once it can succeed, then npm test.');
    process.exit(1);
  }
}

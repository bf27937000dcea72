/**
 * Finds Chromium for the browser tests and benchmarks, or installs Debian's package when this is a Debian machine
 * run as root (a fresh CI container). Otherwise it says what to do and exits with 1.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, noChromiumMessage } from './chromium';

const found = findChromium();
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (found) {
  console.log(`Chromium: ${found}`);
} else if (canInstall) {
  console.log("Chromium not found: installing Debian's chromium package (about a minute)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  const installed = findChromium();
  if (!installed) {
    console.error(noChromiumMessage);
    process.exit(1);
  }
  console.log(`Chromium: ${installed}`);
} else {
  console.error(noChromiumMessage);
  process.exit(1);
}

/**
 * Finds Chromium for the browser tests and benchmarks, or installs Debian's package when this is a Debian machine
 * run as root (a fresh CI container). Otherwise it says what to do and exits with 1.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, noChromiumMessage } from './chromium';

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) throw new Error(noChromiumMessage);
  console.log("Chromium not found: installing Debian's chromium package (about a minute)…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  const installed = findChromium();
  if (!installed) throw new Error(noChromiumMessage);
  return installed;
}

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

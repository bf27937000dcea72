import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where to look for a Chromium: $CHROMIUM_PATH first, then Debian's and other distributions' names on PATH. */
const candidates = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** The path of a Chromium binary on this machine, or undefined when there is none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const name of candidates) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim();
    } catch {
      // not on PATH: try the next name
    }
  }
  return undefined;
}

export const noChromiumMessage =
  "The browser tests need Chromium. Install Debian's package (as root: apt-get install -y chromium), " +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Headless Chromium as this machine runs it: no sandbox (root in a container), and none of Chromium's own
 * background traffic, so every request a test sees is the app's.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(noChromiumMessage);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

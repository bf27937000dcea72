import type { VitePWAOptions } from 'vite-plugin-pwa';
import { nl } from '../i18n/nl';

/** The design tokens' lintblauw (--rhc-color-primary-500, the header) and the page's white. */
const lintblauw = '#154273';
const white = '#ffffff';

/**
 * The installable, offline app: a manifest in Dutch, and a service worker that precaches every file the build
 * makes (lazy PDF/Word/YAML and questionnaire chunks included), so after one visit nothing needs the network.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  // A new version waits until the user agrees to reload (src/app/shell/update-prompt.tsx), never swapped in silently.
  registerType: 'prompt',
  // No inline registration script (the CSP forbids it): the app registers through virtual:pwa-register/react.
  injectRegister: false,
  // The glob below takes the icons already; listing them twice would precache them twice.
  includeManifestIcons: false,
  manifest: {
    name: nl.app.title,
    short_name: nl.app.title,
    description: nl.app.tagline,
    lang: 'nl',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: lintblauw,
    background_color: white,
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the app can load; public/schema/*.json too, as the README links them.
    globPatterns: ['**/*.{html,js,css,svg,png,json,webmanifest}'],
    // Vite's own build manifest is for the size budget, not for the browser.
    globIgnores: ['.vite/**'],
    // The biggest file is the app chunk (about 0.55 MB); one over this limit fails the build instead of going uncached.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    navigateFallback: 'index.html',
    // The first visit's tab is served from the cache at once, so it can lose the network before any reload. An update
    // still waits for the user: a new worker only activates when the prompt's button asks it to.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
};

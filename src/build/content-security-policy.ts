import type { Plugin } from 'vite';

/**
 * The app's Content Security Policy: everything from its own origin, no inline script, no eval, no plugins, no
 * <base>, no form posts. `data:` and `blob:` images only because the design system's CSS draws its check marks and
 * bullets as data: SVGs; nothing else is widened. React's style={{…}} goes through the CSSOM, which style-src allows.
 */
export const cspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

const policy = (directives: Record<string, readonly string[]>) =>
  Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');

/** As the built index.html carries it. */
export const metaPolicy = policy(cspDirectives);

/** As a server should send it: a header can also forbid framing, which a meta tag cannot carry. */
export const headerPolicy = policy({ ...cspDirectives, 'frame-ancestors': ["'none'"] });

/**
 * Puts the policy into the built index.html, right after the charset, so it governs every tag that follows. Build
 * only: the dev server needs inline scripts for hot reload.
 */
export const contentSecurityPolicyMeta: Plugin = {
  name: 'content-security-policy-meta',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const charset = /<meta charset="utf-8"\s*\/?>/i;
      if (!charset.test(html))
        throw new Error('index.html has no <meta charset="utf-8">: the policy goes right after it');
      return html.replace(
        charset,
        (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${metaPolicy}" />`,
      );
    },
  },
};

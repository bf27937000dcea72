import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/build/content-security-policy';

describe('the Content Security Policy', () => {
  it('the README shows servers the header exactly as the build ships it', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`Content-Security-Policy: ${headerPolicy}\n`);
  });

  it('the header is the meta tag’s policy plus what only a header can carry', () => {
    expect(headerPolicy).toBe(`${metaPolicy}; frame-ancestors 'none'`);
    expect(metaPolicy).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
  });
});

import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { photoFile } from './photo-questionnaire';
import { renderApp } from './render-app';

/** The size the logo is drawn at (2rem in app.css): given in the markup, the browser keeps its room before it loads. */
const logoSize = { width: '32', height: '32' };

const logoOf = (root: ParentNode) => root.querySelector<HTMLImageElement>('img.app-header__logo');

describe('the header logo shifts no layout while it loads', () => {
  it('the first-paint header in index.html gives the logo its width and height', () => {
    const page = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
    const logo = logoOf(page);
    expect(logo?.getAttribute('width')).toBe(logoSize.width);
    expect(logo?.getAttribute('height')).toBe(logoSize.height);
  });

  it("the app's header gives the logo the same width and height", () => {
    renderApp([photoFile]);
    const logo = logoOf(screen.getByRole('banner'));
    expect(logo?.getAttribute('width')).toBe(logoSize.width);
    expect(logo?.getAttribute('height')).toBe(logoSize.height);
  });
});

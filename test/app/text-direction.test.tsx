import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fromData } from '../../src/app/start/load-questionnaire';
import { compile } from '../../src/engine/compile';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp, testStorage } from './render-app';

// A right-to-left override: without isolation it reverses what follows it on the line, outside the user's own text.
const hostileTitle = 'Teams\u202Egpj.exe';

describe('user and file text cannot reverse the text around it', () => {
  it('an assessment title with a right-to-left override is isolated in the list', async () => {
    const storage = testStorage();
    await storage.repository.create({ compiled: compile(photo), title: hostileTitle, answers: {} });
    renderApp([photoFile], 'nl', storage);
    expect((await screen.findByText(hostileTitle)).tagName).toBe('BDI');
  });

  it("a questionnaire's title with an override is isolated where the start screen lists it", () => {
    const source = fromData('questionnaires/odd.yaml', {
      ...photo,
      id: 'odd',
      title: { nl: hostileTitle, en: hostileTitle },
    });
    renderApp([source], 'nl');
    expect(screen.getByText(hostileTitle).tagName).toBe('BDI');
  });
});

import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { photoFile } from './photo-questionnaire';
import { renderApp } from './render-app';

const photoYaml = readFileSync('questionnaires/photo-purpose-test.yaml', 'utf8');
const brokenRoute = photoYaml.replace('    next: aimed-at-special', '    next: aimed-at-specal');
const routeLine = brokenRoute.split('\n').findIndex((text) => text.includes('aimed-at-specal')) + 1;
const backupWith = (assessments: unknown) =>
  JSON.stringify({
    format: 'privacy-assessments-backup',
    formatVersion: 1,
    exported: '2026-11-22T08:00:00.000Z',
    assessments,
  });

const openQuestionnaire = (app: ReturnType<typeof renderApp>, name: string, text: string) =>
  app.user.upload(screen.getByLabelText(app.t('import.label')), new File([text], name, { type: 'application/yaml' }));
const restoreBackup = (app: ReturnType<typeof renderApp>, text: string) =>
  app.user.upload(screen.getByLabelText(app.t('backup.importLabel')), new File([text], 'backup.json'));

describe('a problem in an opened file is worded in the language of the screen', () => {
  it('in Dutch, a route to nowhere in a questionnaire file says so in Dutch, with its line and path', async () => {
    const app = renderApp([photoFile], 'nl');
    await openQuestionnaire(app, 'broken.yaml', brokenRoute);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `broken.yaml:${routeLine} $.questions[4].next: leidt naar "aimed-at-specal", maar dat is geen vraag en geen uitkomst`,
    );
    expect(alert).not.toHaveTextContent('which is neither');
  });

  it('in English, the same route says so in English', async () => {
    const app = renderApp([photoFile], 'en');
    await openQuestionnaire(app, 'broken.yaml', brokenRoute);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `broken.yaml:${routeLine} $.questions[4].next: leads to "aimed-at-specal", which is neither a question nor an outcome`,
    );
  });

  it.each([
    ['nl', 'ontbreekt (verwacht: tekst)', 'is missing'],
    ['en', 'is missing (expected text)', 'ontbreekt'],
  ] as const)('in %s, a text missing from the file is named in that language', async (lang, shown, other) => {
    const app = renderApp([photoFile], lang);
    await openQuestionnaire(
      app,
      'no-title.yaml',
      photoYaml.replace(/^title:\n(\s+nl: .*\n)\s+en: .*\n/m, 'title:\n$1'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`$.title.en: ${shown}`);
    expect(alert).not.toHaveTextContent(other);
  });

  it.each([
    ['nl', 'Het bestand is geen geldige JSON (het stopt op regel 1, kolom 28)', 'not valid JSON'],
    ['en', 'The file is not valid JSON (it stops at line 1, column 28)', 'geen geldige JSON'],
  ] as const)('in %s, a backup that is not JSON names where it stops', async (lang, shown, other) => {
    const app = renderApp([photoFile], lang);
    await restoreBackup(app, '{"format": "something else"');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(shown);
    expect(alert).not.toHaveTextContent(other);
  });

  it.each([
    ['nl', 'assessments[0]: Beoordeling: verwacht: een object, gevonden: null', 'Invalid input'],
    ['en', 'assessments[0]: Assessment: expected an object, found null', 'Invalid input'],
  ] as const)('in %s, a record of the wrong kind in a backup is named by its place', async (lang, shown, other) => {
    const app = renderApp([photoFile], lang);
    await restoreBackup(app, backupWith([null]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(shown);
    expect(alert).not.toHaveTextContent(other);
  });

  it('a problem shown in Dutch is worded again in English when the language is switched', async () => {
    const app = renderApp([photoFile], 'nl');
    await restoreBackup(app, backupWith([null]));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Beoordeling: verwacht: een object');
    await app.user.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByText(/Assessment: expected an object, found null/)).toBeInTheDocument();
  });
});

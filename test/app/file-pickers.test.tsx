import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/storage/backup-export';
import { photoFile } from './photo-questionnaire';
import { renderApp, testStorage } from './render-app';

describe('the file pickers speak the language of the app, not the browser', () => {
  it.each([
    ['nl', 'Bestand kiezen', 'Geen bestand gekozen'],
    ['en', 'Choose a file', 'No file chosen'],
  ] as const)('in %s, each picker shows its own button and says no file is chosen yet', (lang, button, none) => {
    const app = renderApp([photoFile], lang);
    for (const label of [app.t('import.label'), app.t('backup.importLabel')]) {
      const input = screen.getByLabelText(label);
      expect(input).toHaveAttribute('type', 'file');
      // Named by its field and its button, described by what is chosen: all in the app's language.
      expect(input).toHaveAccessibleName(`${label} ${button}`);
      expect(input).toHaveAccessibleDescription(expect.stringContaining(none));
    }
  });

  it('a chosen file is named beside its picker', async () => {
    const app = renderApp([photoFile], 'nl');
    const input = screen.getByLabelText(app.t('backup.importLabel'));
    await app.user.upload(input, new File(['{'], 'oud.json'));
    expect(input).toHaveAccessibleDescription('Gekozen: oud.json');
  });
});

describe('an old problem does not stay beside a later success', () => {
  it.each(['nl', 'en'] as const)('in %s, a restored backup clears a failed questionnaire import', async (lang) => {
    const elsewhere = testStorage();
    const backup = await exportBackup(elsewhere.db, 'all');
    const app = renderApp([photoFile], lang);
    await app.user.upload(screen.getByLabelText(app.t('import.label')), new File(['title: [unclosed\n'], 'notes.yaml'));
    expect(await screen.findByRole('alert')).toHaveTextContent('notes.yaml');
    await app.user.upload(
      screen.getByLabelText(app.t('backup.importLabel')),
      new File([JSON.stringify(backup)], 'backup.json'),
    );
    expect(await screen.findByText(app.t('backup.done', { count: 0 }))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a failed backup restore is cleared by the next file that restores', async () => {
    const backup = await exportBackup(testStorage().db, 'all');
    const app = renderApp([photoFile], 'nl');
    const input = screen.getByLabelText(app.t('backup.importLabel'));
    await app.user.upload(input, new File(['{'], 'kapot.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(app.t('backup.refused'));
    await app.user.upload(input, new File([JSON.stringify(backup)], 'backup.json'));
    expect(await screen.findByText(app.t('backup.done', { count: 0 }))).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

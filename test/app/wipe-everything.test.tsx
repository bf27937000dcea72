import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/engine/compile';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp, testStorage } from './render-app';

/** A device in use: an assessment with answers (and so an answer log) and the settings a report remembers. */
async function usedStorage() {
  const storage = testStorage();
  await storage.repository.create({
    compiled: compile(photo),
    title: 'Teamfoto intranet',
    answers: { description: 'Teamfoto voor intranet', recognisable: 'yes' },
  });
  await storage.repository.setSetting('report.organisation', 'Gemeente Voorbeeld');
  await storage.repository.setSetting('report.assessor', 'A. de Vries');
  return storage;
}

const counts = async ({ db }: ReturnType<typeof testStorage>) => ({
  assessments: await db.assessments.count(),
  answerLog: await db.answerLog.count(),
  settings: await db.settings.count(),
});

describe('delete everything on this device', () => {
  it('after one confirmation, empties the assessments, the answer log and the settings, and says so', async () => {
    const storage = await usedStorage();
    const { user, t } = renderApp([photoFile], 'nl', storage);
    await screen.findByRole('heading', { name: 'Teamfoto intranet' });

    await user.click(screen.getByRole('button', { name: t('wipe.start') }));
    expect(screen.getByText(t('wipe.confirm'))).toBeInTheDocument();
    // Asking is not doing: nothing is gone until the user confirms.
    expect((await counts(storage)).assessments).toBe(1);

    await user.click(screen.getByRole('button', { name: t('wipe.yes') }));
    // Announced, and where the focus goes, since the button pressed is gone.
    const done = (await screen.findByText(t('wipe.done'))).closest('[role="status"]');
    expect(done).toHaveFocus();
    expect(await counts(storage)).toEqual({ assessments: 0, answerLog: 0, settings: 0 });
    // The list follows the database: the assessment is gone from the screen too.
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Teamfoto intranet' })).not.toBeInTheDocument());
    expect(screen.getByText(t('assessments.none'))).toBeInTheDocument();
  });

  it('cancelled, deletes nothing', async () => {
    const storage = await usedStorage();
    const before = await counts(storage);
    expect(before.answerLog).toBe(2);
    const { user, t } = renderApp([photoFile], 'nl', storage);
    await screen.findByRole('heading', { name: 'Teamfoto intranet' });

    await user.click(screen.getByRole('button', { name: t('wipe.start') }));
    await user.click(screen.getByRole('button', { name: t('wipe.cancel') }));

    expect(screen.queryByText(t('wipe.confirm'))).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: t('wipe.start') })).toBeInTheDocument();
    // The app saves the chosen language on start; that one setting more is the only difference.
    expect(await counts(storage)).toEqual({ ...before, settings: before.settings + 1 });
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fromData } from '../../src/app/start/load-questionnaire';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { createAssessmentRepository } from '../../src/storage/assessment-repository';
import { exportBackup } from '../../src/storage/backup-export';
import { recordProgressOf } from '../../src/storage/record-progress';
import { photo, photoFile } from './photo-questionnaire';
import {
  fillAnswer,
  pressNext,
  questionHeading,
  renderApp,
  startQuestionnaire,
  testStorage,
  walkTo,
} from './render-app';

const firstHalf = { description: 'Teamfoto voor intranet', recognisable: 'yes', 'household-use': 'no' };
const textOf = (id: string) => photo.questions.find((question) => question.id === id)!.text.nl;
const stored = async (storage: ReturnType<typeof testStorage>) => storage.repository.list({});

/** Starts the photo test and answers its first three questions, leaving the fourth on screen. */
async function answerFirstHalf(app: ReturnType<typeof renderApp>) {
  await startQuestionnaire(app, photo.title.nl);
  await walkTo(app, photo, firstHalf, 'nl', 'face-recognition');
  await waitFor(async () => expect((await stored(app.storage))[0]?.path).toEqual(Object.keys(firstHalf)));
}

describe('assessments are never lost', () => {
  it('half a questionnaire, unmounted and mounted again, continues where it was', async () => {
    const first = renderApp([photoFile]);
    await answerFirstHalf(first);
    first.unmount();

    // Mounted again, as after a reload: straight back at the open assessment's step.
    const again = renderApp([photoFile], 'nl', first.storage);
    expect(await screen.findByRole('heading', { level: 1, name: textOf('face-recognition') })).toBe(questionHeading());

    // The list on the start screen says how far it got, and opens it at that step again.
    await again.user.click(screen.getByRole('button', { name: again.t('app.toStart') }));
    const [record] = await stored(first.storage);
    const row = (await screen.findByRole('heading', { level: 3, name: record!.title })).closest('li')!;
    expect(row).toHaveTextContent(again.t('assessments.progress', { step: 4, max: 8 }));
    await again.user.click(
      within(row).getByRole('button', { name: again.t('assessments.openLabel', { title: record!.title }) }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: textOf('face-recognition') })).toBe(questionHeading());

    await again.user.click(screen.getByRole('button', { name: again.t('step.back') }));
    expect(screen.getByRole('radio', { name: again.t('answer.no') })).toBeChecked();
  });

  it('back at the start screen, mounting again stays there', async () => {
    const first = renderApp([photoFile]);
    await answerFirstHalf(first);
    await first.user.click(screen.getByRole('button', { name: first.t('app.toStart') }));
    await waitFor(async () => expect(await first.storage.repository.getSetting('lastOpened')).toBeNull());
    first.unmount();

    const again = renderApp([photoFile], 'nl', first.storage);
    expect(await screen.findByRole('heading', { level: 1, name: again.t('start.heading') })).toBe(questionHeading());
  });

  it('after stepping back, it resumes on that step with the later answer still there', async () => {
    const first = renderApp([photoFile]);
    await answerFirstHalf(first);
    await first.user.click(screen.getByRole('button', { name: first.t('step.back') }));
    await waitFor(async () => expect((await stored(first.storage))[0]?.path).toEqual(['description', 'recognisable']));
    first.unmount();

    const again = renderApp([photoFile], 'nl', first.storage);
    expect(await screen.findByRole('heading', { level: 1, name: textOf('household-use') })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: again.t('answer.no') })).toBeChecked();
  });

  it('every answer is in the answer log the moment it is given', async () => {
    const app = renderApp([photoFile]);
    await answerFirstHalf(app);
    const [record] = await stored(app.storage);
    const log = await app.storage.repository.history(record!.id);
    expect(log.map((entry) => [entry.question, entry.value])).toEqual(Object.entries(firstHalf));
  });

  it('a save that fails on a full disk says so, keeps the answer, and saves it on retry', async () => {
    const app = renderApp([photoFile]);
    await startQuestionnaire(app, photo.title.nl);
    // The browser's full disk, which an in-memory database cannot produce: the next write fails as a browser's would.
    vi.spyOn(app.storage.db.assessments, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await fillAnswer(app, photo.questions[0]!, firstHalf.description, 'nl');
    await pressNext(app);
    expect(await screen.findByText(app.t('storage.full'))).toBeInTheDocument();
    expect((await stored(app.storage))[0]!.answers).toEqual({});

    await app.user.click(screen.getByRole('button', { name: app.t('storage.retry') }));
    await waitFor(() => expect(screen.queryByText(app.t('storage.full'))).toBeNull());
    expect((await stored(app.storage))[0]!.answers).toEqual({ description: firstHalf.description });
  });
});

describe('the list of assessments', () => {
  it('renames, duplicates, and deletes with undo', async () => {
    const app = renderApp([photoFile]);
    await startQuestionnaire(app, photo.title.nl);
    await app.user.click(screen.getByRole('button', { name: app.t('app.toStart') }));
    const [record] = await stored(app.storage);

    await app.user.click(await screen.findByRole('button', { name: app.t('assessments.rename') }));
    const box = screen.getByLabelText(app.t('assessments.renameLabel', { title: record!.title }));
    await app.user.clear(box);
    await app.user.type(box, 'Smoelenboek 2026');
    await app.user.click(screen.getByRole('button', { name: app.t('assessments.save') }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Smoelenboek 2026' })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: app.t('assessments.duplicate') }));
    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: app.t('assessments.copyTitle', { title: 'Smoelenboek 2026' }),
      }),
    ).toBeInTheDocument();

    const original = screen.getByRole('heading', { level: 3, name: 'Smoelenboek 2026' }).closest('li')!;
    await app.user.click(within(original).getByRole('button', { name: app.t('assessments.delete') }));
    expect(await screen.findByText(app.t('assessments.deleted', { title: 'Smoelenboek 2026' }))).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: 'Smoelenboek 2026' })).toBeNull());
    await app.user.click(screen.getByRole('button', { name: app.t('assessments.undo') }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Smoelenboek 2026' })).toBeInTheDocument();
    expect(await stored(app.storage)).toHaveLength(2);
  });

  it('filters by status and searches by title', async () => {
    const app = renderApp([photoFile]);
    await startQuestionnaire(app, photo.title.nl);
    await app.user.click(screen.getByRole('button', { name: app.t('app.toStart') }));
    const [record] = await stored(app.storage);
    await app.storage.repository.rename(record!.id, 'Klassenfoto groep 7');

    const search = await screen.findByLabelText(app.t('assessments.search'));
    await app.user.type(search, 'KLASSEN');
    expect(await screen.findByRole('heading', { level: 3, name: 'Klassenfoto groep 7' })).toBeInTheDocument();
    await app.user.type(search, 'x');
    expect(await screen.findByText(app.t('assessments.noMatch'))).toBeInTheDocument();

    await app.user.clear(search);
    await app.user.selectOptions(screen.getByLabelText(app.t('assessments.filterStatus')), 'complete');
    expect(await screen.findByText(app.t('assessments.noMatch'))).toBeInTheDocument();
  });

  it('a private session is marked on every screen', async () => {
    const app = renderApp([photoFile], 'nl', testStorage(true));
    expect(screen.getByText(app.t('storage.privateOn'))).toBeInTheDocument();
    await startQuestionnaire(app, photo.title.nl);
    expect(screen.getByText(app.t('storage.privateOn'))).toBeInTheDocument();
  });
});

describe('restoring a backup', () => {
  const backupFile = (backup: unknown) =>
    new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });

  it('restores the assessments of another browser, and asks before touching one that exists', async () => {
    const elsewhere = testStorage();
    const photoCompiled = compile(photo);
    await elsewhere.repository.create({ compiled: photoCompiled, title: 'Van de andere laptop', answers: firstHalf });
    const backup = await exportBackup(elsewhere.db, 'all');

    const app = renderApp([photoFile]);
    await app.user.upload(screen.getByLabelText(app.t('backup.importLabel')), backupFile(backup));
    expect(await screen.findByText(app.t('backup.done', { count: 1 }))).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Van de andere laptop' })).toBeInTheDocument();

    await app.user.upload(screen.getByLabelText(app.t('backup.importLabel')), backupFile(backup));
    expect(
      await screen.findByRole('heading', { level: 3, name: app.t('backup.conflictsHeading') }),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('radio', { name: app.t('backup.skip') }));
    await app.user.click(screen.getByRole('button', { name: app.t('backup.apply') }));
    expect(await screen.findByText(app.t('backup.done', { count: 0 }))).toBeInTheDocument();
    expect(await stored(app.storage)).toHaveLength(1);
  });

  it('refuses a broken file with what is wrong and where, and changes nothing', async () => {
    const app = renderApp([photoFile]);
    await app.user.upload(
      screen.getByLabelText(app.t('backup.importLabel')),
      new File(['{"format": "something else"'], 'x.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(app.t('backup.refused'));
    expect(alert).toHaveTextContent(/regel \d+, kolom \d+/);
    expect(await stored(app.storage)).toEqual([]);
  });
});

describe('two tabs on one assessment', () => {
  it('an open tab follows the answers another tab saves, instead of overwriting them', async () => {
    const app = renderApp([photoFile]);
    await startQuestionnaire(app, photo.title.nl);
    await walkTo(app, photo, firstHalf, 'nl', 'recognisable');
    await waitFor(async () => expect((await stored(app.storage))[0]?.path).toEqual(['description']));
    const [record] = await stored(app.storage);

    // The other tab: the same database, its own repository, writing a minute later.
    const otherTab = createAssessmentRepository(app.storage.db, { now: () => new Date(Date.now() + 60_000) });
    const compiled = compile(photo);
    await otherTab.saveProgress(record!.id, recordProgressOf(compiled, replay(compiled, firstHalf).snapshot));

    expect(await screen.findByRole('heading', { level: 1, name: textOf('face-recognition') })).toBeInTheDocument();
    await fillAnswer(
      app,
      photo.questions.find((question) => question.id === 'face-recognition')!,
      'no',
      'nl',
    );
    await pressNext(app);
    await waitFor(async () =>
      expect((await stored(app.storage))[0]!.answers).toEqual({ ...firstHalf, 'face-recognition': 'no' }),
    );
  });
});

describe('an assessment made with an older questionnaire version', () => {
  it('opens on the newer version with its answers, and names the questions that changed', async () => {
    const storage = testStorage();
    const older = await storage.repository.create({
      compiled: compile(photo),
      title: 'Vorig jaar',
      answers: firstHalf,
    });
    const newer = structuredClone(photo);
    newer.version = '1.1.0';
    const recognisable = newer.questions.find((question) => question.id === 'recognisable')!;
    recognisable.text = { nl: 'Zijn er mensen te herkennen?', en: 'Can anyone be recognised?' };

    const app = renderApp([fromData('questionnaires/photo-purpose-test.yaml', newer)], 'nl', storage);
    await app.user.click(
      await screen.findByRole('button', { name: app.t('assessments.openLabel', { title: older.title }) }),
    );
    const notice = await screen.findByRole('heading', { level: 2, name: app.t('version.heading') });
    expect(notice.parentElement).toHaveTextContent(app.t('version.intro', { from: '1.0.0', to: '1.1.0' }));
    expect(notice.parentElement).toHaveTextContent(
      app.t('version.changed', { questions: 'Zijn er mensen te herkennen?' }),
    );
    expect(questionHeading()).toHaveTextContent(textOf('face-recognition'));
  });
});

describe('a report PDF restores its assessment', () => {
  it('importing the PDF of a report brings the assessment back with its answers', async () => {
    const { renderPdf } = await import('../../src/report/render-pdf');
    const { reportModel } = await import('../../src/report/report-model');
    const { renderJson } = await import('../../src/report/render-json');
    const { createI18n } = await import('../../src/i18n/create-i18n');
    const { t } = createI18n('nl');
    const compiled = compile(photo);
    const meta = { title: 'Uit het verslag', date: '2026-11-22' };
    const pdf = await renderPdf(
      reportModel(compiled, firstHalf, meta, 'nl', t),
      t,
      renderJson(compiled, firstHalf, meta, 'from-pdf', new Date()),
    );

    const app = renderApp([photoFile]);
    await app.user.upload(
      screen.getByLabelText(app.t('backup.importLabel')),
      new File([new Uint8Array(pdf)], 'verslag.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByText(app.t('backup.done', { count: 1 }))).toBeInTheDocument();
    const [restored] = await stored(app.storage);
    expect(restored).toMatchObject({ title: 'Uit het verslag', answers: firstHalf });
  });
});

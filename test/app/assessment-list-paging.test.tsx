import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { listPageSize } from '../../src/app/start/list-page-size';
import { compile } from '../../src/engine/compile';
import type { Lang } from '../../src/engine/text';
import { createAssessmentRepository } from '../../src/storage/assessment-repository';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp, testStorage, type AppHandle } from './render-app';

const compiled = compile(photo);
/** Answers that end the photo test at once (no recognisable people): a complete assessment. */
const emptyOffice = { description: 'Foto van een leeg kantoor', recognisable: 'no' };

/**
 * `count` stored assessments made a minute apart, "Beoordeling 1" the oldest: the second is complete, the third is
 * called "Smoelenboek 2019", so each sits far beyond the first page of the newest.
 */
async function storedAssessments(count: number) {
  const storage = testStorage();
  let minute = 0;
  const repository = createAssessmentRepository(storage.db, {
    now: () => new Date(Date.UTC(2026, 0, 5, 9, minute++)),
  });
  for (let n = 1; n <= count; n++) {
    await repository.create({
      compiled,
      title: n === 3 ? 'Smoelenboek 2019' : `Beoordeling ${n}`,
      ...(n === 2 ? { answers: emptyOffice } : {}),
    });
  }
  return storage;
}

/** The start screen's list with the given stored assessments, once it shows them. */
async function listOf(count: number, lang: Lang = 'nl') {
  const app = renderApp([photoFile], lang, await storedAssessments(count));
  const region = await screen.findByRole('region', { name: app.t('assessments.heading') });
  await within(region).findAllByRole('heading', { level: 3 });
  // The rows' level-3 headings, read straight from the DOM, which is much faster than a role query.
  const titles = () => [...region.querySelectorAll('li > h3')].map((heading) => heading.textContent);
  // The count is the list's live region: what a screen reader reads out as a search narrows it.
  const countText = () => region.querySelector('[aria-live="polite"]')?.textContent;
  return { ...app, region, titles, countText };
}

/** The "show more" button by what it says (role queries over hundreds of buttons take seconds in jsdom). */
const showMore = ({ t }: AppHandle, remaining: number) => screen.getByText(t('assessments.showMore', { remaining }));

/** "Beoordeling 120" down to "Beoordeling 71": titles of the newest first, as the list orders them. */
const newest = (from: number, rows: number) =>
  Array.from({ length: rows }, (_, index) => `Beoordeling ${from - index}`);

describe('the list of many assessments', () => {
  it(`with 120 assessments, the newest ${listPageSize} show, and "show more" adds the next ${listPageSize} until all show`, async () => {
    const app = await listOf(120);
    expect(listPageSize).toBe(50);
    expect(app.titles()).toEqual(newest(120, 50));

    await app.user.click(showMore(app, 70));
    await waitFor(() => expect(app.titles()).toEqual(newest(120, 100)));

    await app.user.click(showMore(app, 20));
    await waitFor(() => expect(app.titles()).toHaveLength(120));
    expect(app.titles().slice(-3)).toEqual(['Smoelenboek 2019', 'Beoordeling 2', 'Beoordeling 1']);
    expect(screen.queryByRole('button', { name: /^Toon meer/ })).toBeNull();
  });

  it('after "show more" from the keyboard, focus is on the heading of the first row it added', async () => {
    const app = await listOf(120);
    showMore(app, 70).focus();
    await app.user.keyboard('{Enter}');
    const focused = await screen.findByRole('heading', { level: 3, name: 'Beoordeling 70' });
    await waitFor(() => expect(focused).toHaveFocus());

    // The next Tab reaches that row's own actions.
    await app.user.tab();
    expect(document.activeElement).toHaveAccessibleName(app.t('assessments.openLabel', { title: 'Beoordeling 70' }));
  });

  it('search finds an assessment beyond the first 50', async () => {
    const app = await listOf(120);
    expect(app.titles()).not.toContain('Smoelenboek 2019');

    await app.user.type(screen.getByLabelText(app.t('assessments.search')), 'smoelen');
    await waitFor(() => expect(app.titles()).toEqual(['Smoelenboek 2019']));
    expect(
      screen.getByRole('button', { name: app.t('assessments.openLabel', { title: 'Smoelenboek 2019' }) }),
    ).toBeVisible();
  });

  it('the status filter looks through all assessments, not only those shown', async () => {
    const app = await listOf(120);
    await app.user.selectOptions(screen.getByLabelText(app.t('assessments.filterStatus')), 'complete');
    await waitFor(() => expect(app.titles()).toEqual(['Beoordeling 2']));
    expect(app.countText()).toBe(app.t('assessments.countMatching', { matches: 1, count: 120 }));
  });

  it('the count says how many there are, and how many of them match', async () => {
    const app = await listOf(120);
    expect(app.countText()).toBe('120 beoordelingen');

    // "Beoordeling 1", 10–19 and 100–120.
    await app.user.type(screen.getByLabelText(app.t('assessments.search')), 'beoordeling 1');
    await waitFor(() => expect(app.countText()).toBe('32 van 120 beoordelingen'));
    expect(app.titles()).toHaveLength(32);
    expect(screen.queryByRole('button', { name: /^Toon meer/ })).toBeNull();

    await app.user.type(screen.getByLabelText(app.t('assessments.search')), 'x');
    expect(app.countText()).toBe('0 van 120 beoordelingen');
    expect(screen.getByText(app.t('assessments.noMatch'))).toBeInTheDocument();
  });

  it('a new search starts again at the newest page', async () => {
    const app = await listOf(120);
    await app.user.click(showMore(app, 70));
    const search = screen.getByLabelText(app.t('assessments.search'));
    await app.user.type(search, 'beoordeling');
    await app.user.clear(search);
    await waitFor(() => expect(app.titles()).toEqual(newest(120, 50)));
  });

  it('a search can be saved as a file; the whole list is saved by the backup section', async () => {
    const app = await listOf(60);
    const exportMatching = (count: number) => app.t('assessments.exportMatching', { count });
    expect(screen.queryByText(exportMatching(60))).toBeNull();
    expect(screen.getByRole('button', { name: app.t('backup.exportAll') })).toBeInTheDocument();

    await app.user.type(screen.getByLabelText(app.t('assessments.search')), 'beoordeling');
    expect(await screen.findByText(exportMatching(59))).toBeInTheDocument();
  });

  it('says it in English too', async () => {
    const app = await listOf(60, 'en');
    expect(app.countText()).toBe('60 assessments');
    expect(screen.getByText('Show more (10 more)')).toBeInTheDocument();
    await app.user.type(screen.getByLabelText(app.t('assessments.search')), 'beoordeling');
    await waitFor(() => expect(app.countText()).toBe('59 of 60 assessments'));
    expect(screen.getByText('Save the 59 matching assessments as a file')).toBeInTheDocument();
  });
});

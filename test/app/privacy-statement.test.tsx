import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/engine/text';
import { photo, photoFile } from './photo-questionnaire';
import { renderApp, startQuestionnaire } from './render-app';

// The statement has an address of its own (#privacy); jsdom keeps the address from one test to the next.
afterEach(() => history.replaceState(null, '', '/'));

describe('the privacy statement', () => {
  it.each<Lang>(['nl', 'en'])(
    'in %s, says what is kept, where, what an export does and how to wipe it',
    async (lang) => {
      const { user, t } = renderApp([photoFile], lang);
      await user.click(screen.getByRole('link', { name: t('privacy.link') }));

      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('privacy.heading'));
      expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
      const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
      expect(sections).toEqual([
        t('privacy.whatHeading'),
        t('privacy.whereHeading'),
        t('privacy.exportHeading'),
        t('privacy.wipeHeading'),
      ]);
      expect(screen.getByText(t('privacy.nothingSent'))).toBeInTheDocument();
      // It names the wipe button by the button's own words, so the two cannot drift apart.
      expect(
        screen.getByText(t('privacy.wipeAll', { section: t('storage.heading'), button: t('wipe.start') })),
      ).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: t('start.heading') })).not.toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: t('privacy.close') }));
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('start.heading'));
      expect(screen.getByRole('link', { name: t('privacy.link') })).toHaveFocus();
    },
  );

  it('opens from within an assessment and leaves the answer being typed as it was', async () => {
    const app = renderApp([photoFile]);
    const { user, t } = app;
    await startQuestionnaire(app, photo.title.nl);
    const question = photo.questions[0]!.text.nl;
    await user.type(screen.getByRole('textbox', { name: question }), 'Teamfoto voor intranet');

    await user.click(screen.getByRole('link', { name: t('privacy.link') }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(t('privacy.heading'));
    await user.click(screen.getByRole('button', { name: t('privacy.close') }));

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(question);
    expect(screen.getByRole('textbox', { name: question })).toHaveValue('Teamfoto voor intranet');
  });
});

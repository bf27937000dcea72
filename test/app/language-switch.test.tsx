import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { photo, photoFile } from './photo-questionnaire';
import { pressNext, questionHeading, renderApp, startQuestionnaire } from './render-app';

const text = (id: string) => photo.questions.find((question) => question.id === id)!.text;

describe('the language switch', () => {
  it('starts in Dutch and switches the app and the questionnaire list to English', async () => {
    const { user } = renderApp([photoFile]);
    expect(document.documentElement.lang).toBe('nl');
    expect(document.title).toBe(nl.app.title);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.start.heading);
    expect(screen.getByRole('heading', { name: photo.title.nl })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: nl.language.nl })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: en.language.en }));

    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(en.app.title);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.start.heading);
    expect(screen.getByRole('heading', { name: photo.title.en })).toBeInTheDocument();
    expect(screen.getByText(photo.intro.en)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.language.en })).toHaveAttribute('aria-pressed', 'true');
  });

  it('mid-assessment switches the question, its options, the progress and a shown error, and keeps the answers', async () => {
    const app = renderApp([photoFile]);
    const { user } = app;
    await startQuestionnaire(app, photo.title.nl);
    await user.type(screen.getByRole('textbox', { name: text('description').nl }), 'Teamfoto');
    await pressNext(app);
    await pressNext(app);
    expect(screen.getByText(nl.validation.chooseOne)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: nl.answer.unknown })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en.language.en }));

    expect(questionHeading()).toHaveTextContent(text('recognisable').en);
    expect(screen.getByRole('radio', { name: en.answer.unknown })).toBeInTheDocument();
    expect(screen.getByText(en.validation.chooseOne)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Step 2 of at most 8');
    expect(screen.getByRole('button', { name: en.step.next })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: en.step.back }));
    expect(screen.getByRole('textbox', { name: text('description').en })).toHaveValue('Teamfoto');
  });
});

import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { photo, photoFile } from './photo-questionnaire';
import { questionHeading, renderApp } from './render-app';

const yamlFile = (name: string, text: string) => new File([text], name, { type: 'application/yaml' });
const photoYaml = readFileSync('questionnaires/photo-purpose-test.yaml', 'utf8');
const chooseFile = (app: ReturnType<typeof renderApp>, file: File) =>
  app.user.upload(screen.getByLabelText(app.t('import.label')), file);

describe('opening a questionnaire file of your own', () => {
  it('a valid file is checked by the same rules and opens at its first question', async () => {
    const app = renderApp([]);
    await chooseFile(
      app,
      yamlFile('my-photo-test.yaml', photoYaml.replace('id: photo-purpose-test', 'id: my-photo-test')),
    );
    // Checking and compiling a whole questionnaire takes over a second on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: photo.questions[0]!.text.nl }, { timeout: 10_000 }),
    ).toBe(questionHeading());
  });

  it('a file that breaks a rule is named with the line, the JSON path and the problem, and changes nothing', async () => {
    const app = renderApp([photoFile]);
    const broken = photoYaml.replace('    next: aimed-at-special', '    next: aimed-at-specal');
    await chooseFile(app, yamlFile('broken.yaml', broken));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: app.t('problems.heading', { file: 'broken.yaml' }) }),
    ).toBeInTheDocument();
    const line = broken.split('\n').findIndex((text) => text.includes('aimed-at-specal')) + 1;
    expect(alert).toHaveTextContent(
      `broken.yaml:${line} $.questions[4].next: leidt naar "aimed-at-specal", maar dat is geen vraag en geen uitkomst`,
    );
    expect(screen.getAllByRole('button', { name: /^Start:/ })).toHaveLength(1);
  });

  it('a file that is not YAML at all is refused with its line', async () => {
    const app = renderApp([]);
    await chooseFile(app, yamlFile('notes.yaml', 'title: [unclosed\n'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/notes\.yaml:\d+ \$:/);
  });

  it('a file far too large for a questionnaire is refused before it is read', async () => {
    const app = renderApp([], 'en');
    await chooseFile(app, yamlFile('huge.yaml', 'x'.repeat(1024 * 1024 + 1)));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      app.t('import.tooLarge', { file: 'huge.yaml', size: 1025, max: 1024 }),
    );
  });
});

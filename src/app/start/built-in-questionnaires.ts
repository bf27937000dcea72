import type { QuestionnaireSource } from './load-questionnaire';

// Worked scenarios live beside the questionnaires and are none themselves. The start screen needs only each
// summary; the whole file is a chunk of its own, loaded when it is opened. (Vite wants the globs as literals.)
const summaries = import.meta.glob<unknown>(
  ['../../../questionnaires/*.yaml', '!../../../questionnaires/*.scenarios.yaml'],
  {
    eager: true,
    query: '?summary',
    import: 'default',
  },
);
const loaders = import.meta.glob<unknown>(
  ['../../../questionnaires/*.yaml', '!../../../questionnaires/*.scenarios.yaml'],
  {
    import: 'default',
  },
);

/** The questionnaires shipped with the app, named by their path in the repository. */
export const builtInQuestionnaires: QuestionnaireSource[] = Object.entries(loaders)
  .map(([path, load]) => ({ file: path.replace(/^(\.\.\/)+/, ''), summary: summaries[path], load }))
  .sort((a, b) => a.file.localeCompare(b.file));

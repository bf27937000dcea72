import type { QuestionnaireFile } from './load-questionnaire';

// The yaml-as-data plugin turns each file into plain data at build time; worked scenarios live beside them and are no questionnaires.
const modules = import.meta.glob<unknown>(['../../questionnaires/*.yaml', '!../../questionnaires/*.scenarios.yaml'], {
  eager: true,
  import: 'default',
});

/** The questionnaires shipped with the app, named by their path in the repository. */
export const builtInQuestionnaires: QuestionnaireFile[] = Object.entries(modules)
  .map(([path, data]) => ({ file: path.replace(/^(\.\.\/)+/, ''), data }))
  .sort((a, b) => a.file.localeCompare(b.file));

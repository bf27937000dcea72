/**
 * The largest questionnaire file the app and the CLI read: several times the largest built-in one (160 kB), far
 * below what would make parsing slow. Its own file, so the start page can check a file's size without loading the parser.
 */
export const maxQuestionnaireBytes = 1024 * 1024;

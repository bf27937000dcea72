import { questionnaireSchema, type Questionnaire } from '../../src/engine/questionnaire-schema';

const t = (text: string) => ({ nl: `${text} (nl)`, en: text });
const cite = [{ nl: 'AVG art. 9 lid 1', en: 'GDPR Art. 9(1)' }];

/**
 * A small questionnaire with a branch and a join: kind → (health-detail | skip) → consent → outcome.
 *   kind (single: health | other) ─ health → detail (text) ─→ consent (yes-no-unknown)
 *                                 └ other ───────────────────→ consent
 *   consent: yes → allowed; otherwise → forbidden
 */
export const sample = (): Questionnaire =>
  questionnaireSchema.parse({
    format: 1,
    id: 'sample',
    version: '1.0.0',
    title: t('Sample'),
    intro: t('A sample'),
    questions: [
      {
        id: 'kind',
        type: 'single-choice',
        text: t('Which kind?'),
        source: cite,
        options: [
          { id: 'health', label: t('Health') },
          { id: 'other', label: t('Other') },
        ],
        next: [{ when: { equals: { question: 'kind', value: 'health' } }, to: 'detail' }, { to: 'consent' }],
      },
      { id: 'detail', type: 'text', text: t('Which detail?'), source: cite, next: 'consent' },
      {
        id: 'consent',
        type: 'yes-no-unknown',
        text: t('Explicit consent?'),
        source: cite,
        next: [{ when: { equals: { question: 'consent', value: 'yes' } }, to: 'allowed' }, { to: 'forbidden' }],
      },
    ],
    outcomes: [
      {
        id: 'allowed',
        level: 'low',
        verdict: t('Allowed'),
        sources: cite,
        measures: [
          { text: t('Record the consent'), source: cite },
          { text: t('Minimise health details'), source: cite, when: { equals: { question: 'kind', value: 'health' } } },
        ],
      },
      { id: 'forbidden', level: 'high', verdict: t('Forbidden'), sources: cite },
    ],
  });

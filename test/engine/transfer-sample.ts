import { questionnaireSchema, type Questionnaire } from '../../src/engine/questionnaire-schema';

const t = (text: string) => ({ nl: `${text} (nl)`, en: text });
const cite = [{ nl: 'EDPB Aanbevelingen 01/2020', en: 'EDPB Recommendations 01/2020' }];
const probability = (id: string, prefill: number) => ({
  id,
  type: 'number',
  min: 0,
  max: 1,
  text: t(id),
  source: cite,
  prefill: [{ when: { equals: { question: 'provider', value: 'big' } }, value: prefill }, { value: 0.1 }],
});

/**
 * provider → data (multiple: ordinary | special) → keys (single: provider | customer; "customer-outside" only for special data)
 * → period → threshold → request → clear → high | medium | low by the calculation.
 */
export const transferSample = (): Questionnaire =>
  questionnaireSchema.parse({
    format: 1,
    id: 'transfer-sample',
    version: '1.0.0',
    title: t('Transfer'),
    intro: t('A transfer'),
    questions: [
      {
        id: 'provider',
        type: 'single-choice',
        text: t('Provider?'),
        source: cite,
        options: [
          { id: 'big', label: t('Big') },
          { id: 'small', label: t('Small') },
        ],
        next: 'data',
      },
      {
        id: 'data',
        type: 'multiple-choice',
        text: t('Data?'),
        source: cite,
        options: [
          { id: 'ordinary', label: t('Ordinary') },
          { id: 'special', label: t('Special') },
        ],
        next: 'keys',
      },
      {
        id: 'keys',
        type: 'single-choice',
        text: t('Keys?'),
        source: cite,
        options: [
          { id: 'provider', label: t('Provider holds them') },
          { id: 'customer', label: t('Customer holds them') },
          {
            id: 'customer-outside',
            label: t('Customer, outside'),
            when: { includes: { question: 'data', value: 'special' } },
          },
        ],
        next: 'period',
      },
      {
        id: 'period',
        type: 'number',
        integer: true,
        min: 1,
        max: 10,
        text: t('Years?'),
        source: cite,
        prefill: [{ value: 5 }],
        next: 'threshold',
      },
      {
        id: 'threshold',
        type: 'number',
        min: 0,
        max: 100,
        text: t('Threshold %?'),
        source: cite,
        prefill: [{ value: 5 }],
        next: 'request',
      },
      { ...probability('request', 0.5), next: 'clear' },
      {
        ...probability('clear', 0.9),
        next: [
          { when: { calculation: { id: 'risk', level: 'high' } }, to: 'high' },
          { when: { calculation: { id: 'risk', level: 'medium' } }, to: 'medium' },
          { to: 'low' },
        ],
      },
    ],
    calculations: [
      {
        id: 'risk',
        method: 'lawful-access',
        label: t('Lawful access'),
        period: 'period',
        threshold: 'threshold',
        highWhen: {
          all: [
            { includes: { question: 'data', value: 'special' } },
            { equals: { question: 'keys', value: 'provider' } },
          ],
        },
        highReason: t('Special data in clear'),
        paths: [{ id: 'warrant', label: t('Warrant'), factors: ['request', 'clear'], source: cite }],
        source: cite,
      },
    ],
    outcomes: [
      {
        id: 'high',
        level: 'high',
        verdict: t('High, keys: {{keys}}'),
        sources: cite,
        handoffs: [
          {
            questionnaire: 'sample',
            text: t('Check the exception'),
            carry: [
              { from: 'provider', to: 'kind' },
              { to: 'consent', value: 'yes', when: { includes: { question: 'data', value: 'special' } } },
              { to: 'detail', value: 'carried', when: { includes: { question: 'data', value: 'ordinary' } } },
            ],
          },
        ],
      },
      { id: 'medium', level: 'medium', verdict: t('Medium'), sources: cite },
      { id: 'low', level: 'low', verdict: t('Low'), sources: cite },
    ],
  });

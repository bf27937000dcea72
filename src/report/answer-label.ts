import type { TFunction } from 'i18next';
import { yesNoUnknown, type AnswerValue } from '../engine/answer-schema';
import type { Question } from '../engine/questionnaire-schema';
import type { Lang } from '../engine/text';

type Choice = { id: string; label: string; help?: string };

/** The options of a choice question in the current language (only those `offered`, when given); yes/no/unknown gets the app's own words. */
export function choicesOf(question: Question, lang: Lang, t: TFunction, offered?: readonly string[]): Choice[] {
  if (question.type === 'yes-no-unknown') return yesNoUnknown.map((id) => ({ id, label: t(`answer.${id}`) }));
  if (question.type === 'single-choice' || question.type === 'multiple-choice') {
    return question.options
      .filter((option) => !offered || offered.includes(option.id))
      .map((option) => ({ id: option.id, label: option.label[lang], help: option.help?.[lang] }));
  }
  return [];
}

/** An answer as a reader sees it: option labels, a number with its unit, a date written out. */
export function answerLabel(question: Question, value: AnswerValue, lang: Lang, t: TFunction): string {
  const choices = choicesOf(question, lang, t);
  const label = (id: string) => choices.find((choice) => choice.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map(label).join(t('answer.separator'));
  if (typeof value === 'number') {
    const number = new Intl.NumberFormat(lang).format(value);
    return question.type === 'number' && question.unit ? `${number} ${question.unit[lang]}` : number;
  }
  if (question.type === 'date') {
    // Noon UTC keeps the calendar day the same in every time zone.
    const date = new Date(`${value}T12:00:00Z`);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  return choices.length > 0 ? label(value) : value;
}

import type { Lang } from '../../engine/text';

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** A date and time as the list shows it; one formatter per language, as building one costs far more than using it. */
export function dateTimeFormat(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(lang, format);
  }
  return format;
}

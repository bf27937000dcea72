/**
 * Words the app translates: a code naming a template in nl and en, and the values the template fills in.
 * A value can be a phrase itself ("found {{found}}" with found = "a list of 3"), translated the same way.
 */
export type Phrase = { code: string; params: PhraseParams };
export type PhraseParam = string | number | Phrase;
export type PhraseParams = { readonly [name: string]: PhraseParam };

/** The names a template fills in: `the id "{{id}}" is used twice` → "id". */
export type TemplateNames<Template extends string> = Template extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | TemplateNames<Rest>
  : never;

/** The values a template needs, by name; a template that fills in nothing takes `{}`. */
export type ParamsFor<Template extends string> = { readonly [Name in TemplateNames<Template>]: PhraseParam };

/**
 * Fills `{{name}}` with its value, nested phrases first. It is the syntax i18next reads, so a catalogue of English
 * templates is the app's English as it is, and the English `message` of a problem says exactly what the app shows.
 */
export function fillPhrase(templates: Readonly<Record<string, string>>, phrase: Phrase): string {
  const template = templates[phrase.code] ?? phrase.code;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = phrase.params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? fillPhrase(templates, value) : String(value);
  });
}

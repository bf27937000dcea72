import { useEffect, useState } from 'react';
import { fillPhrase, type Phrase } from '../../engine/phrase';
import { useLang } from './use-lang';

type Texts = typeof import('../../i18n/problem-texts').problemTexts;

let loaded: Texts | null = null;

/** The problem texts, loaded once with the first problem shown; await it before showing one, so it shows worded. */
export async function loadProblemWords(): Promise<Texts> {
  loaded ??= (await import('../../i18n/problem-texts')).problemTexts;
  return loaded;
}

/**
 * Words a problem (a code and its values, from the engine or storage) in the current language. Until the texts
 * have loaded, which the screens await before they show a problem, it gives the English message it was made with.
 */
export function useProblemWords(): (words: Phrase, english: string) => string {
  const lang = useLang();
  const [texts, setTexts] = useState(loaded);
  useEffect(() => {
    if (!texts) void loadProblemWords().then(setTexts);
  }, [texts]);
  return (words, english) => (texts ? fillPhrase(texts[lang], words) : english);
}

import type { Lang, Source } from '../../engine/text';

/** Legal sources as a list; a source with a URL links to it in a new tab, so the answers in this tab stay. */
export function SourceList({ sources, lang }: { sources: Source[]; lang: Lang }) {
  return (
    <ul className="utrecht-unordered-list source-list">
      {sources.map((source) => (
        <li key={source[lang]} className="utrecht-unordered-list__item">
          {source.url ? (
            <a className="utrecht-link" href={source.url} target="_blank" rel="noreferrer">
              {source[lang]}
            </a>
          ) : (
            source[lang]
          )}
        </li>
      ))}
    </ul>
  );
}

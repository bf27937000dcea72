import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  id: string;
  /** What the file is for, shown above the button: "Vragenlijstbestand (YAML of JSON)". */
  label: string;
  accept: string;
  /** Ids of help text that describes the field. */
  describedBy?: string;
  onFile: (file: File) => void;
};

/**
 * A file field in the design system's words and language: a visible button and the chosen file's name, instead of
 * the browser's own "Choose File / No file chosen" (in the browser's language, not the app's). The native input stays,
 * visually hidden, so the keyboard, screen readers and drag and drop work as they always do; both labels name it.
 */
export function FilePicker({ id, label, accept, describedBy, onFile }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string | null>(null);
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Emptied, so choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    setChosen(file.name);
    onFile(file);
  };
  return (
    <div className="file-picker">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <div className="file-picker__row">
        <input
          id={id}
          type="file"
          className="file-picker__input"
          accept={accept}
          aria-describedby={[describedBy, `${id}-chosen`].filter(Boolean).join(' ')}
          onChange={choose}
        />
        <label htmlFor={id} className="utrecht-button utrecht-button--secondary-action file-picker__button">
          {t('filePicker.choose')}
        </label>
        <span id={`${id}-chosen`} className="file-picker__chosen">
          {chosen === null ? t('filePicker.none') : t('filePicker.chosen', { file: chosen })}
        </span>
      </div>
    </div>
  );
}

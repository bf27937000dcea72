import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { ActionGroup, Button, TextInput } from '../design-system/nl-design-system';

type Props = {
  title: string;
  t: TFunction;
  onSave: (title: string) => Promise<unknown>;
  onCancel: () => void;
};

/** Renaming one assessment in its row: mounted only while renaming, so a row at rest holds no form state. */
export function AssessmentRename({ title, t, onSave, onCancel }: Props) {
  const id = useId();
  const [value, setValue] = useState(title);
  return (
    <form
      className="assessment-row__rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim()) void onSave(value.trim());
      }}
    >
      <label className="utrecht-form-label" htmlFor={`${id}-title`}>
        {t('assessments.renameLabel', { title })}
      </label>
      <TextInput
        id={`${id}-title`}
        value={value}
        maxLength={200}
        required
        onChange={(event) => setValue(event.target.value)}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('assessments.save')}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>
          {t('assessments.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
}

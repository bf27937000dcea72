import { FormFieldErrorMessage } from './nl-design-system';
import { useTranslation } from 'react-i18next';
import { decodeMessage } from '../../i18n/validation-message';

/** A validation message, translated when shown so that switching language translates it too. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation();
  const { key, values } = decodeMessage(message);
  return <FormFieldErrorMessage id={id}>{t(`validation.${key}`, values)}</FormFieldErrorMessage>;
}

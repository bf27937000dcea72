import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentRepository } from '../../storage/assessment-repository';
import { ActionGroup, Alert, Button, Paragraph } from '../design-system/nl-design-system';

type State = { step: 'idle' | 'confirming' | 'done' } | { step: 'failed'; message: string };

/** "Delete everything on this device": asks once, then empties the assessments, the answer log and the settings. */
export function WipeEverything({ repository }: { repository: AssessmentRepository }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ step: 'idle' });
  // Focus follows the question and then its answer, so keyboard and screen-reader users hear each.
  const focusTarget = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.step !== 'idle') focusTarget.current?.focus();
  }, [state.step]);

  const wipe = async () => {
    try {
      await repository.clearAll();
      setState({ step: 'done' });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="wipe-everything">
      <Paragraph>{t('wipe.help')}</Paragraph>
      {state.step === 'confirming' ? (
        <div ref={focusTarget} tabIndex={-1} className="wipe-everything__confirm">
          <Alert type="warning">
            <Paragraph>{t('wipe.confirm')}</Paragraph>
          </Alert>
          <ActionGroup>
            <Button appearance="primary-action-button" onClick={() => void wipe()}>
              {t('wipe.yes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setState({ step: 'idle' })}>
              {t('wipe.cancel')}
            </Button>
          </ActionGroup>
        </div>
      ) : (
        <Button appearance="secondary-action-button" onClick={() => setState({ step: 'confirming' })}>
          {t('wipe.start')}
        </Button>
      )}
      {state.step === 'done' && (
        <div ref={focusTarget} tabIndex={-1} role="status">
          <Paragraph>{t('wipe.done')}</Paragraph>
        </div>
      )}
      {state.step === 'failed' && (
        <div ref={focusTarget} tabIndex={-1}>
          <Alert type="error">
            <Paragraph>{t('wipe.failed', { message: state.message })}</Paragraph>
          </Alert>
        </div>
      )}
    </div>
  );
}

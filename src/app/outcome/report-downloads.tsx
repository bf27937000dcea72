import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Answers } from '../../engine/answer-schema';
import type { CompiledQuestionnaire } from '../../engine/compile';
import { renderJson } from '../../report/render-json';
import { renderMarkdown } from '../../report/render-markdown';
import { reportModel, type ReportMeta } from '../../report/report-model';
import type { AssessmentRecord } from '../../storage/assessment-record';
import type { AssessmentRepository } from '../../storage/assessment-repository';
import { downloadFile } from '../design-system/download-file';
import { ActionGroup, Button, Heading, Paragraph, TextInput } from '../design-system/nl-design-system';
import { useLang } from '../design-system/use-lang';

type Props = {
  compiled: CompiledQuestionnaire;
  answers: Answers;
  record: AssessmentRecord;
  repository: AssessmentRepository;
};

/** The report of this assessment, made on this device from the one report model, in the format the reader needs. */
export function ReportDownloads({ compiled, answers, record, repository }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [organisation, setOrganisation] = useState('');
  const [assessor, setAssessor] = useState('');
  // Who it is for is usually the same on one device: remembered as a setting, filled in when it was saved before.
  useEffect(() => {
    let current = true;
    Promise.all([
      repository.getSetting('report.organisation', z.string()),
      repository.getSetting('report.assessor', z.string()),
    ])
      .then(([savedOrganisation, savedAssessor]) => {
        if (!current) return;
        if (savedOrganisation) setOrganisation(savedOrganisation);
        if (savedAssessor) setAssessor(savedAssessor);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [repository]);

  const meta = (): ReportMeta => ({
    title: record.title,
    ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
    ...(assessor.trim() ? { assessor: assessor.trim() } : {}),
    date: new Date().toISOString().slice(0, 10),
  });
  const base =
    record.title
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'report';
  const remember = () => {
    void repository.setSetting('report.organisation', organisation.trim()).catch(() => undefined);
    void repository.setSetting('report.assessor', assessor.trim()).catch(() => undefined);
  };
  const markdown = () => {
    remember();
    downloadFile(`${base}.md`, renderMarkdown(reportModel(compiled, answers, meta(), lang, t), t), 'text/markdown');
  };
  const [making, setMaking] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** PDF and Word are made by libraries loaded only now, so the start page does not carry them. */
  const render = async (format: 'pdf' | 'docx', make: () => Promise<Uint8Array>, type: string) => {
    remember();
    setFailure(null);
    setMaking(format);
    try {
      downloadFile(`${base}.${format}`, new Uint8Array(await make()), type);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setMaking(null);
    }
  };
  const pdf = () =>
    render(
      'pdf',
      async () =>
        (await import('../../report/render-pdf')).renderPdf(
          reportModel(compiled, answers, meta(), lang, t),
          t,
          renderJson(compiled, answers, meta(), record.id, new Date()),
        ),
      'application/pdf',
    );
  const docx = () =>
    render(
      'docx',
      async () =>
        (await import('../../report/render-docx')).renderDocx(reportModel(compiled, answers, meta(), lang, t), t),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  const json = () => {
    remember();
    downloadFile(`${base}.json`, JSON.stringify(renderJson(compiled, answers, meta(), record.id, new Date()), null, 2));
  };

  return (
    <section className="report-downloads" aria-labelledby={`${id}-heading`}>
      <Heading level={2} id={`${id}-heading`}>
        {t('report.downloads')}
      </Heading>
      <Paragraph>{t('report.downloadsIntro')}</Paragraph>
      <div className="report-downloads__fields">
        <label className="utrecht-form-label" htmlFor={`${id}-organisation`}>
          {t('report.organisation')}
        </label>
        <TextInput
          id={`${id}-organisation`}
          value={organisation}
          maxLength={200}
          onChange={(event) => setOrganisation(event.target.value)}
        />
        <label className="utrecht-form-label" htmlFor={`${id}-assessor`}>
          {t('report.assessor')}
        </label>
        <TextInput
          id={`${id}-assessor`}
          value={assessor}
          maxLength={200}
          onChange={(event) => setAssessor(event.target.value)}
        />
      </div>
      <ActionGroup>
        <Button appearance="primary-action-button" disabled={making !== null} onClick={() => void pdf()}>
          {t('report.pdf')}
        </Button>
        <Button appearance="secondary-action-button" disabled={making !== null} onClick={() => void docx()}>
          {t('report.docx')}
        </Button>
        <Button appearance="secondary-action-button" onClick={markdown}>
          {t('report.markdown')}
        </Button>
        <Button appearance="secondary-action-button" onClick={json}>
          {t('report.json')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => window.print()}>
          {t('report.print')}
        </Button>
      </ActionGroup>
      {making && <Paragraph role="status">{t('report.making')}</Paragraph>}
      {failure && (
        <Paragraph className="utrecht-form-field-error-message" role="alert">
          {t('report.failed', { message: failure })}
        </Paragraph>
      )}
    </section>
  );
}

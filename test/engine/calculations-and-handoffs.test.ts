import { describe, expect, it } from 'vitest';
import { assessmentResult } from '../../src/engine/assessment-result';
import { checkHandoffs } from '../../src/engine/check-handoffs';
import { checkQuestionnaire } from '../../src/engine/check-questionnaire';
import { compile } from '../../src/engine/compile';
import { offeredOptions } from '../../src/engine/offered-options';
import { prefillOf } from '../../src/engine/prefill';
import type { Questionnaire } from '../../src/engine/questionnaire-schema';
import { replay } from '../../src/engine/replay';
import { sample } from './sample-questionnaire';
import { transferSample } from './transfer-sample';

const compiled = compile(transferSample());
const base = { provider: 'small', data: ['ordinary'], keys: 'provider', period: 5, threshold: 5 };
const problemsAfter = (change: (questionnaire: Questionnaire) => void) => {
  const questionnaire = transferSample();
  change(questionnaire);
  return checkQuestionnaire(questionnaire).problems;
};

describe('a calculation routes by the level it arrives at', () => {
  it('the sample is sound', () => expect(checkQuestionnaire(transferSample()).problems).toEqual([]));

  it('above the threshold is medium, with the figures in the result', () => {
    const answers = { ...base, request: 0.5, clear: 0.2 };
    const result = assessmentResult(compiled, replay(compiled, answers), answers, 'en');
    expect(result.outcome?.id).toBe('medium');
    expect(result.calculations).toEqual([
      expect.objectContaining({
        id: 'risk',
        periodYears: 5,
        thresholdPercent: 5,
        level: 'medium',
        basis: { kind: 'above-threshold' },
      }),
    ]);
    expect(result.calculations[0]!.overPeriod).toBeCloseTo(0.1, 12);
    expect(result.calculations[0]!.paths[0]).toMatchObject({
      id: 'warrant',
      factors: [
        { question: 'request', value: 0.5 },
        { question: 'clear', value: 0.2 },
      ],
    });
  });

  it('at or below the threshold is low', () => {
    expect(replay(compiled, { ...base, request: 0.5, clear: 0.1 }).outcome?.id).toBe('low');
  });

  it('special data in clear to the provider is high whatever the probability (the SLM Rijk rule)', () => {
    const answers = { ...base, data: ['special'], request: 0, clear: 0 };
    const result = assessmentResult(compiled, replay(compiled, answers), answers, 'en');
    expect(result.outcome?.id).toBe('high');
    expect(result.calculations[0]).toMatchObject({
      overPeriod: 0,
      onceInYears: null,
      level: 'high',
      basis: { kind: 'high-rule', text: 'Special data in clear' },
    });
  });

  it('a factor outside 0-1 is refused with the question named', () => {
    expect(replay(compiled, { ...base, request: 1.5 }).problems).toEqual([
      expect.objectContaining({ question: 'request', kind: 'invalid-answer' }),
    ]);
  });
});

describe('options offered only while their condition holds', () => {
  const keys = compiled.questions.get('keys')!;
  it('the UAVG-style route appears only after the category that needs it', () => {
    expect(offeredOptions(keys, { data: ['ordinary'] }, [])).toEqual(['provider', 'customer']);
    expect(offeredOptions(keys, { data: ['special'] }, [])).toEqual(['provider', 'customer', 'customer-outside']);
  });

  it('an option not offered is refused as an answer', () => {
    const result = replay(compiled, { provider: 'small', data: ['ordinary'], keys: 'customer-outside' });
    expect(result.current?.id).toBe('keys');
    expect(result.problems).toEqual([expect.objectContaining({ question: 'keys', kind: 'invalid-answer' })]);
  });

  it('an option whose condition reads a later question is refused by the check', () => {
    const problems = problemsAfter((q) => {
      const keys = q.questions[2]!;
      if (keys.type === 'single-choice') keys.options[0]!.when = { answered: 'period' };
    });
    expect(problems).toMatchObject([
      {
        path: ['questions', 2, 'options', 0, 'when'],
        message: 'reads "period", which is never answered before "keys"',
      },
    ]);
  });
});

describe('prefills: assumptions the user can change', () => {
  it('the first prefill whose condition holds is the starting value', () => {
    const request = compiled.questions.get('request')!;
    expect(prefillOf(request, { provider: 'big' }, [])).toBe(0.5);
    expect(prefillOf(request, { provider: 'small' }, [])).toBe(0.1);
  });

  it('a prefill that is no valid answer is refused by the check', () => {
    const problems = problemsAfter((q) => {
      const period = q.questions[3]!;
      if (period.type === 'number') period.prefill = [{ value: 12 }];
    });
    expect(problems).toMatchObject([
      { path: ['questions', 3, 'prefill', 0, 'value'], message: '12 is not a valid answer to "period"' },
    ]);
  });
});

describe('the checks of calculations', () => {
  it('a condition on a calculation before its inputs are answered is refused', () => {
    const problems = problemsAfter((q) => {
      q.questions[1]!.next = [{ when: { calculation: { id: 'risk', level: 'high' } }, to: 'high' }, { to: 'keys' }];
    });
    expect(problems[0]!.message).toMatch(
      /^reads the calculation "risk", whose inputs "period", "threshold", "request", "clear", "keys" are never all answered before "data"$/,
    );
  });

  it('a factor that is not a number question is refused', () => {
    const problems = problemsAfter((q) => (q.calculations[0]!.paths[0]!.factors = ['request', 'keys']));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: ['calculations', 0, 'paths', 0, 'factors', 1],
        code: 'not-a-number-question',
        message: '"keys" must be a number question',
      }),
    );
  });
});

describe('hand-offs carry what is known into the next questionnaire', () => {
  it('carries copied answers and fixed values whose condition holds', () => {
    const answers = { ...base, data: ['special'], request: 0.1, clear: 0.1 };
    const result = assessmentResult(compiled, replay(compiled, answers), answers, 'en');
    expect(result.handoffs).toEqual([
      { questionnaire: 'sample', text: 'Check the exception', answers: { kind: 'small', consent: 'yes' } },
    ]);
  });

  it('a verdict names the chosen option through its placeholder', () => {
    const answers = { ...base, data: ['special'], request: 0.1, clear: 0.1 };
    expect(assessmentResult(compiled, replay(compiled, answers), answers, 'en').outcome?.verdict).toBe(
      'High, keys: Provider holds them',
    );
  });

  it('a carried answer must fit the question it lands on', () => {
    expect(checkHandoffs(transferSample(), [transferSample(), sample()])).toMatchObject([
      {
        path: ['outcomes', 0, 'handoffs', 0, 'carry', 0],
        message: 'cannot carry into "sample" / "kind": options "big", "small" do not exist there',
      },
    ]);
  });

  it('a hand-off to a questionnaire that does not exist is refused', () => {
    expect(checkHandoffs(transferSample(), [transferSample()])).toMatchObject([
      {
        path: ['outcomes', 0, 'handoffs', 0, 'questionnaire'],
        message: 'hands off to "sample", which is not a questionnaire here',
      },
    ]);
  });
});

describe('only answers on the current path decide', () => {
  it('an answer kept from a route the user left does not satisfy a later condition', () => {
    const questionnaire = sample();
    questionnaire.outcomes[0]!.measures[1]!.when = { answered: 'detail' };
    const withDetail = compile(questionnaire);
    const answers = { kind: 'other', consent: 'yes' };
    const result = assessmentResult(withDetail, replay(withDetail, answers), { ...answers, detail: 'stale' }, 'en');
    expect(result.measures.map((measure) => measure.text)).toEqual(['Record the consent']);
  });
});

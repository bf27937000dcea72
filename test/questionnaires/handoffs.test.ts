import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtInFiles, loadQuestionnaireFile, scenarioFileOf } from '../../src/cli/questionnaire-files';
import { assessmentResult } from '../../src/engine/assessment-result';
import { compile } from '../../src/engine/compile';
import { replay } from '../../src/engine/replay';
import { scenarioFileSchema } from '../../src/engine/scenario-schema';

const compiled = new Map(
  builtInFiles().map((file) => {
    const parsed = loadQuestionnaireFile(file);
    if (!parsed.ok) throw new Error(`${file} does not load`);
    return [parsed.value.id, { file, compiled: compile(parsed.value) }];
  }),
);

const handoffs = [...compiled.values()].flatMap(({ file, compiled: from }) =>
  scenarioFileSchema.parse(parse(readFileSync(scenarioFileOf(file), 'utf8'))).scenarios.flatMap((scenario) =>
    assessmentResult(from, replay(from, scenario.answers), scenario.answers, 'nl').handoffs.map((handoff) => ({
      name: `${from.questionnaire.id}/${scenario.id} → ${handoff.questionnaire}`,
      handoff,
    })),
  ),
);

describe('hand-offs from the worked scenarios carry answers the next questionnaire accepts', () => {
  it('there are hand-offs to check, into each questionnaire that is offered one', () => {
    expect(new Set(handoffs.map(({ handoff }) => handoff.questionnaire))).toEqual(new Set(['special-category-data', 'cloud-transfer-risk', 'photo-purpose-test']));
  });

  it.each(handoffs)('$name', ({ handoff }) => {
    const target = compiled.get(handoff.questionnaire)!.compiled;
    const result = replay(target, handoff.answers);
    // No carried answer is invalid there, unknown there, or for a question its route can no longer reach.
    expect(result.problems).toEqual([]);
  });
});

/**
 * How fast storage is: the time to save one answer (median and p95 over 500 answers given through the machine)
 * and the time to list 1,000 assessments. Runs on fake-indexeddb (in memory), so it measures our code and Dexie,
 * not a browser's disk: a regression shows here, absolute numbers in a browser differ.
 *   npx tsx src/cli/measure-storage.ts
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createActor } from 'xstate';
import { currentNode } from '../engine/compile-machine';
import { compile } from '../engine/compile';
import { createAssessmentRepository } from '../storage/assessment-repository';
import { AssessmentDatabase } from '../storage/database';
import { recordProgressOf } from '../storage/record-progress';
import { loadQuestionnaireFile, questionnairesDir } from './questionnaire-files';

const answersToSave = 500;
const assessmentsToList = 1000;
const listRuns = 20;

const parsed = loadQuestionnaireFile(join(questionnairesDir, 'photo-purpose-test.yaml'));
if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
const compiled = compile(parsed.value);
/** A route to an outcome. */
const route = (round: number): Record<string, string> => ({
  description: `Teamfoto voor intranet, ronde ${round}`,
  recognisable: 'yes',
  'household-use': 'no',
  'face-recognition': 'no',
  'image-context': round % 2 ? 'other' : 'own-photography',
  'aimed-at-special': 'no',
  'foreseeable-distinction': 'no',
  unavoidable: 'yes',
});

const database = (purpose: string) =>
  new AssessmentDatabase(`measure-${purpose}-${crypto.randomUUID()}`, { indexedDB, IDBKeyRange });

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${quantile(sorted, 0.5).toFixed(2)} ms, p95 ${quantile(sorted, 0.95).toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`;
};

/** Answers the photo test over and over, timing each save of one answer (the starting over is saved, not timed). */
async function saveTimes(): Promise<number[]> {
  const repository = createAssessmentRepository(database('save'));
  const { id } = await repository.create({ compiled, title: 'Meting' });
  const actor = createActor(compiled.machine).start();
  const times: number[] = [];
  for (let round = 0; times.length < answersToSave; round++) {
    const answers = route(round);
    while (times.length < answersToSave && compiled.questions.has(currentNode(actor.getSnapshot()))) {
      const question = currentNode(actor.getSnapshot());
      actor.send({ type: 'ANSWER', question, value: answers[question]! });
      const start = performance.now();
      await repository.saveProgress(id, recordProgressOf(compiled, actor.getSnapshot()));
      times.push(performance.now() - start);
    }
    actor.send({ type: 'RESET' }); // starting over makes every next answer a change
    await repository.saveProgress(id, recordProgressOf(compiled, actor.getSnapshot()));
  }
  const logged = (await repository.history(id)).filter((entry) => entry.value !== null).length;
  if (logged !== answersToSave) throw new Error(`${logged} answers were logged, not ${answersToSave}`);
  return times;
}

async function listTimes(): Promise<{ times: number[]; listed: number }> {
  const repository = createAssessmentRepository(database('list'));
  for (let i = 0; i < assessmentsToList; i++) {
    await repository.create({ compiled, title: `Beoordeling ${i + 1}`, answers: i % 3 ? route(i) : {} });
  }
  const times: number[] = [];
  let listed = 0;
  for (let run = 0; run < listRuns; run++) {
    const start = performance.now();
    listed = (await repository.list()).length;
    times.push(performance.now() - start);
  }
  return { times, listed };
}

const saves = await saveTimes();
const lists = await listTimes();
console.log(`Storage on fake-indexeddb (in memory), Node ${process.version}`);
console.log(`save one answer, over ${saves.length} answers: ${summary(saves)}`);
console.log(`list ${lists.listed.toLocaleString('en')} assessments, ${listRuns} runs: ${summary(lists.times)}`);

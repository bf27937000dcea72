/** What may happen to an assessment in a backup whose id is already stored; the user chooses one per record. */
export const importDecisions = ['keep-both', 'replace', 'skip'] as const;
export type ImportDecision = (typeof importDecisions)[number];

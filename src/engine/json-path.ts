/** `$.questions[3].next` — how a reviewer finds the spot in a file. */
export const jsonPath = (path: readonly PropertyKey[]) =>
  '$' + path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');

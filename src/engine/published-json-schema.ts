import { z } from 'zod';

/** A JSON Schema as zod writes it: objects and lists of them, all the way down. */
type Json = { [key: string]: unknown };

/** `type: ["string", "number"]` as `anyOf: [{ type: "string" }, { type: "number" }]`, everywhere in the tree. */
function withoutUnionTypes(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(withoutUnionTypes);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Json;
  Object.values(schema).forEach(withoutUnionTypes);
  if (Array.isArray(schema.type)) {
    const types: unknown[] = schema.type;
    delete schema.type;
    schema.anyOf = types.map((type) => ({ type }));
  }
}

/**
 * Every published JSON Schema is generated from zod the same way: the input shape, and a union of plain types written
 * as `anyOf`, since Ajv's strict mode (strictTypes) refuses a `type` that lists several.
 */
export function toPublishedJsonSchema(schema: z.ZodType): Json {
  const generated = z.toJSONSchema(schema, { io: 'input' });
  withoutUnionTypes(generated);
  return generated;
}

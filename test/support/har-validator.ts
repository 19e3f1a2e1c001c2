// Validates a document against the HAR 1.2 JSON schema (har-schema), with ajv.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import { createRequire } from 'node:module';

const schemas = createRequire(import.meta.url)('har-schema') as Record<string, { $id: string }>;

// har-schema uses a non-standard "min" keyword: strict mode off so ajv ignores it.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addMetaSchema(draft06);
for (const schema of Object.values(schemas)) ajv.addSchema(schema);
const validate = ajv.getSchema('har.json#')!;

export function harErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

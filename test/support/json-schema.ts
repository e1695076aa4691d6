/**
 * A validator for the JSON Schemas the site publishes, with the `format`s
 * they use (`date`, `uri`) checked by ajv-formats rather than ignored.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function compileSchema(schema: object) {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

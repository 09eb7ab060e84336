// Every rule's options schema (style.md habit 4): valid JSON Schema draft-04 that compiles with ajv 6
// (the version ESLint validates options with), a description on every property at every level,
// `additionalProperties: false` on every object, defaults that satisfy the schema, a snapshot under
// tests/schema-snapshots/ so any change shows up in review, and invalid options rejected by ESLint
// with an error that names the rule and the option.
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { Linter } from 'eslint';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';

const draft04 = createRequire(import.meta.url)('ajv/lib/refs/json-schema-draft-04.json') as { id: string };

/** The JSON Schema keywords these checks walk (typescript-eslint's Schema is a union too narrow to walk generically). */
interface Schema {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema | Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  not?: Schema;
  definitions?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  [keyword: string]: unknown;
}

/** The rule's options as ESLint validates them: an array schema is the tuple of the options. */
function optionsSchemaOf(schema: Schema | readonly Schema[] | false | undefined): Schema | undefined {
  if (schema === undefined || schema === false) return undefined;
  if (!Array.isArray(schema)) return schema as Schema;
  if (schema.length === 0) return undefined;
  return { type: 'array', items: [...schema], minItems: 0, maxItems: schema.length };
}

/** The places in `schema` that break habit 4, as JSON-pointer-like paths with what is wrong. */
function schemaProblems(schema: Schema, at: string): string[] {
  const problems: string[] = [];
  const isObjectSchema = schema.type === 'object' || schema.properties !== undefined;
  if (isObjectSchema && schema.additionalProperties !== false) problems.push(`${at}: an object without \`additionalProperties: false\``);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property.description !== 'string' || property.description.trim() === '') {
      problems.push(`${at}/properties/${name}: no description`);
    }
    problems.push(...schemaProblems(property, `${at}/properties/${name}`));
  }
  if (Array.isArray(schema.items)) schema.items.forEach((item, index) => problems.push(...schemaProblems(item, `${at}/items/${index}`)));
  else if (schema.items) problems.push(...schemaProblems(schema.items, `${at}/items`));
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    schema[keyword]?.forEach((branch, index) => problems.push(...schemaProblems(branch, `${at}/${keyword}/${index}`)));
  }
  if (schema.not) problems.push(...schemaProblems(schema.not, `${at}/not`));
  if (typeof schema.additionalProperties === 'object') problems.push(...schemaProblems(schema.additionalProperties, `${at}/additionalProperties`));
  for (const keyword of ['definitions', 'patternProperties'] as const) {
    for (const [name, definition] of Object.entries(schema[keyword] ?? {})) {
      problems.push(...schemaProblems(definition, `${at}/${keyword}/${name}`));
    }
  }
  return problems;
}

/** A value of the wrong type for a property schema, to feed ESLint as an invalid option. */
function wrongValueFor(property: Schema): unknown {
  return property.type === 'string' ? 42 : 'not-valid';
}

function validate(ruleId: string, options: unknown[]): void {
  new Linter().verify('', [{ plugins: { 'event-loop': plugin }, rules: { [ruleId]: ['error', ...options] } }], 'file.js');
}

function errorOf(action: () => void): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  return '<no error>';
}

// ESLint's ajv settings (lib/shared/ajv.js); the schema itself is checked against draft-04 explicitly.
const ajv = new Ajv({ meta: false, validateSchema: false, schemaId: 'auto', allErrors: true, missingRefs: 'ignore' });
ajv.addMetaSchema(draft04);

describe('the checks themselves', () => {
  it('find a property without a description and an object left open, at any depth', () => {
    expect(
      schemaProblems(
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            list: { type: 'array', items: { oneOf: [{ type: 'object', properties: { deep: { type: 'string' } } }] } },
          },
        },
        '#/0',
      ),
    ).toEqual([
      '#/0/properties/list: no description',
      '#/0/properties/list/items/oneOf/0: an object without `additionalProperties: false`',
      '#/0/properties/list/items/oneOf/0/properties/deep: no description',
    ]);
  });

  it('reject a schema that is not valid draft-04', () => {
    expect(ajv.validate(draft04.id, { type: 'objekt' })).toBe(false);
  });
});

describe.each(Object.keys(rules).sort())('%s', (name) => {
  const rule = rules[name]!;
  const ruleId = `event-loop/${name}`;
  const declared = rule.meta.schema as unknown as Schema | Schema[] | false | undefined;
  const schema = optionsSchemaOf(declared);
  const optionSchemas = Array.isArray(declared) ? declared : [];

  it('declares a schema (an empty array when it takes no options)', () => {
    expect(declared).toBeDefined();
    expect(declared).not.toBe(false);
  });

  it('is valid JSON Schema draft-04 and compiles with ajv 6', () => {
    if (!schema) return;
    expect(ajv.validate(draft04.id, schema), ajv.errorsText()).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('describes every property and closes every object', () => {
    const problems = optionSchemas.flatMap((option, index) => [
      ...(typeof option.description === 'string' && option.description.trim() !== '' ? [] : [`#/${index}: no description`]),
      ...schemaProblems(option, `#/${index}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('has defaults that satisfy it', () => {
    if (!schema) return;
    const validateOptions = ajv.compile(schema);
    expect(validateOptions(rule.meta.defaultOptions ?? []), ajv.errorsText(validateOptions.errors)).toBe(true);
    expect(validateOptions([]), ajv.errorsText(validateOptions.errors)).toBe(true);
  });

  it('matches its snapshot', async () => {
    await expect(`${JSON.stringify(declared, null, 2)}\n`).toMatchFileSnapshot(`./schema-snapshots/${name}.json`);
  });

  it('is accepted by ESLint with its defaults and with no options', () => {
    expect(() => validate(ruleId, [...(rule.meta.defaultOptions ?? [])])).not.toThrow();
    expect(() => validate(ruleId, [])).not.toThrow();
  });

  const objectOption = optionSchemas[0]?.type === 'object' ? optionSchemas[0] : undefined;

  it.runIf(objectOption)('rejects an unknown option, naming the rule and the option', () => {
    const message = errorOf(() => validate(ruleId, [{ unknownOption: true }]));
    expect(message).toContain(`"${ruleId}"`);
    expect(message).toContain('Unexpected property "unknownOption"');
  });

  describe.runIf(objectOption)('a wrongly typed option', () => {
    for (const [option, property] of Object.entries(objectOption?.properties ?? {})) {
      it(`rejects { ${option}: ${JSON.stringify(wrongValueFor(property))} }, naming the rule and the value`, () => {
        const value = wrongValueFor(property);
        const message = errorOf(() => validate(ruleId, [{ [option]: value }]));
        expect(message).toContain(`"${ruleId}"`);
        expect(message).toContain(`Value ${JSON.stringify(value)} should be`);
      });

      // ESLint 10 formats a wrong type as `Value "not-valid" should be array.`: it names the rule and
      // the value but not the option (its config validator prints no data path; only unknown
      // properties get "Unexpected property …"). The design promises an error naming the option. A schema
      // can only force one by misleading: ESLint's validator stops at the first error, and the keywords
      // whose messages carry a name (`propertyNames`: "property name 'checkConditions' is invalid";
      // `required`: "should have required property …") would replace "should be boolean" with a
      // message that says the name is wrong or something is missing. This turns green once ESLint names it.
      it.fails(`names the option in the error for { ${option}: ${JSON.stringify(wrongValueFor(property))} } (ESLint does not)`, () => {
        const message = errorOf(() => validate(ruleId, [{ [option]: wrongValueFor(property) }]));
        expect(message).toContain(option);
      });
    }
  });
});

describe('prefer-worker-offload: offloadHelper.name', () => {
  const withName = (name: string) => () =>
    validate('event-loop/prefer-worker-offload', [{ offloadHelper: { module: './offload.js', name } }]);

  it.each(['default', 'class', 'await', 'eval', 'run-in-worker', '1run'])('rejects %j, which `import { … }` cannot bind', (name) => {
    const message = errorOf(withName(name));
    expect(message).toContain('"event-loop/prefer-worker-offload"');
    expect(message).toContain(`Value ${JSON.stringify(name)} should match pattern`);
  });

  it.each(['runInWorker', '$offload', '_run', 'defaults', 'classify'])('accepts %j', (name) => {
    expect(withName(name)).not.toThrow();
  });
});

import fc from 'fast-check';

/** A JSON Schema node of the OpenAPI document, as far as these tests read it. */
type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  items?: Schema;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
};

type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema: Schema };

type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

/** One operation of the document: its method, path template, parameters and body schema. */
export type Route = {
  method: string;
  path: string;
  params: Parameter[];
  body: Schema | null;
};

/** Every operation the OpenAPI document lists. */
export function routesOf(doc: OpenApiDocument): Route[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

/** How the strings of a generated request are chosen. */
export type Texts = (schema: Schema) => fc.Arbitrary<string>;

const extremeNumbers = fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 2, 2 ** 31, -(2 ** 63));

/** Strings a schema could accept: its enum, a pattern or format match, or plain words. */
export function plausibleText(schema: Schema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, 200));
    } catch {
      // A pattern fast-check cannot generate from falls through to plain words.
    }
  }
  switch (schema.format) {
    case 'date-time':
      return fc.constantFrom(
        new Date(Date.now() - 86_400_000).toISOString(),
        '2020-01-01T00:00:00Z',
      );
    case 'date':
      return fc.constantFrom('2026-01-05', '2020-02-29');
    case 'email':
      return fc.constantFrom('someone@example.com', 'a@b.co');
    case 'uri':
      return fc.constantFrom('https://example.com/x');
  }
  return fc.string({
    minLength: schema.minLength ?? 1,
    maxLength: Math.min(schema.maxLength ?? 40, 40),
  });
}

/** Any strings at all: plausible ones, control characters, very long ones, near-miss formats. */
export const anyText: Texts = (schema) =>
  fc.oneof(
    plausibleText(schema),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('', ' ', '0', '-1', '1.5', '1e308', '9'.repeat(400), 'x'.repeat(10_000)),
    fc.constantFrom('2026-02-30', '2026-W99', '0000-00-00T00:00:00Z', 'null', '[]', '%'),
  );

/** Plausible strings each with one control character (NUL most often) put in at any place. */
export const controlText: Texts = (schema) =>
  fc
    .tuple(
      plausibleText({ ...schema, enum: undefined, pattern: undefined }),
      fc.oneof(fc.constant('\u0000'), fc.constantFrom('\u0001', '\u0008', '\u001b', '\u007f')),
      fc.nat(),
    )
    .map(([text, c, at]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + c + text.slice(i);
    });

/** Values of a schema's shape, with numbers at their bounds and beyond, and the given strings. */
export function valuesOf(
  schema: Schema,
  doc: OpenApiDocument,
  texts: Texts,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.split('/').at(-1) ?? '';
    return valuesOf(doc.components?.schemas?.[name] ?? {}, doc, texts, depth);
  }
  if (depth > 6) return fc.constant(null);
  const inner = (s: Schema) => valuesOf(s, doc, texts, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map(inner));
  if (schema.allOf?.[0]) return inner(schema.allOf[0]);
  if (schema.enum && texts !== controlText) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'string':
          return texts(schema);
        case 'integer':
        case 'number': {
          const min = schema.minimum ?? -1000;
          const max = Math.max(min, schema.maximum ?? 1000);
          return fc.oneof(
            fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
            extremeNumbers,
          );
        }
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        case 'array':
          return fc.array(inner(schema.items ?? {}), {
            minLength: Math.min(schema.minItems ?? 0, 3),
            maxLength: Math.min(schema.maxItems ?? 3, 3),
          });
        case 'object': {
          const properties = Object.fromEntries(
            Object.entries(schema.properties ?? {}).map(([k, s]) => [k, inner(s)]),
          );
          const record = fc.record(properties, { requiredKeys: schema.required ?? [] });
          const extra = schema.additionalProperties;
          if (typeof extra !== 'object') return record;
          return fc
            .tuple(record, fc.dictionary(texts({}), inner(extra), { maxKeys: 3 }))
            .map(([known, more]) => ({ ...more, ...known }));
        }
        default:
          return fc.oneof(texts({}), fc.integer(), fc.constant(null));
      }
    }),
  );
}

/** A request to an operation: a concrete path and query, and the body to send (if any). */
export type GeneratedRequest = { method: string; url: string; body: unknown; sent: unknown[] };

/**
 * Requests to one operation whose parameters and body are drawn from its schemas with the
 * given strings; `sent` lists every value put into the request, for the test to inspect.
 */
export function requestsTo(
  route: Route,
  doc: OpenApiDocument,
  texts: Texts,
): fc.Arbitrary<GeneratedRequest> {
  const value = (p: Parameter) => valuesOf(p.schema, doc, texts).map((v) => String(v ?? ''));
  const pathParams = route.params.filter((p) => p.in === 'path');
  const queryParams = route.params.filter((p) => p.in === 'query');
  return fc
    .record({
      path: fc.tuple(...pathParams.map(value)),
      query: fc.tuple(...queryParams.map((p) => fc.option(value(p), { nil: undefined }))),
      body: route.body ? valuesOf(route.body, doc, texts) : fc.constant(undefined),
    })
    .map(({ path, query, body }) => {
      let url = route.path;
      pathParams.forEach((p, i) => {
        url = url.replace(`{${p.name}}`, encodeURIComponent(path[i] ?? ''));
      });
      const search = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const v = query[i];
        if (v !== undefined) search.set(p.name, v);
      });
      const qs = search.toString();
      return {
        method: route.method,
        url: qs ? `${url}?${qs}` : url,
        body,
        sent: [...path, ...query.filter((v) => v !== undefined), body],
      };
    });
}

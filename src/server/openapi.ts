import { readFileSync } from 'node:fs';
import { allResponses, type Operation } from './operations.js';
import { SCHEMAS } from './schemas.js';

export interface OpenApiOptions {
  version: string;
  maxBodyBytes: number;
  maxInputBytes: number;
}

/** The API's OpenAPI 3.1 document, written from the operations' own declarations. */
export function openApiDocument(operations: readonly Operation[], options: OpenApiOptions): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const parameters = [
      ...(op.pathParams ?? []).map((p) => ({ name: p.name, in: 'path', required: true, description: p.description, schema: { type: 'string', pattern: p.pattern }, example: p.example })),
      ...(op.query ?? []).map((p) => ({ name: p.name, in: 'query', required: p.required ?? false, description: p.description, schema: p.schema })),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(allResponses(op))) {
      responses[status] = {
        description: r.description,
        ...(r.headers ? { headers: r.headers } : {}),
        ...(r.schema ? { content: { [r.contentType ?? 'application/json']: { schema: { $ref: `#/components/schemas/${r.schema}` } } } } : {}),
      };
    }
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.operationId,
      summary: op.summary,
      description: op.description,
      tags: [op.tag],
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(op.requestBody
        ? {
            requestBody: {
              description: op.requestBody.description,
              required: op.requestBody.required,
              content: Object.fromEntries(op.requestBody.contentTypes.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'corroborate',
      version: options.version,
      description: [
        'Stories, their analysis (what independent sources agree on, what only one says, where they contradict), articles with their annotations, search, and ingest of new articles.',
        'Every start/end is a character offset into the clean text of the article named beside it.',
        `Bodies are limited to ${options.maxBodyBytes} bytes as sent and ${options.maxInputBytes} bytes after decompression.`,
        'Errors are JSON: {"error": {"status", "code", "message"}}.',
      ].join(' '),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(operations.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { ...SCHEMAS, ...analysisSchemas() } },
  };
}

let analysis: Record<string, object> | null = null;

/**
 * The project's analysis document schema as components: its definitions become
 * `Analysis…` schemas and its references follow them, so the OpenAPI document is whole by
 * itself. Without the schema file (an install that left it out) the document is described
 * as an object.
 */
function analysisSchemas(): Record<string, object> {
  if (analysis) return analysis;
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  } catch {
    return (analysis = { AnalysisDocument: { type: 'object', description: 'the analysis document (schema/analysis.schema.json)' } });
  }
  const name = (def: string): string => `Analysis${def.charAt(0).toUpperCase()}${def.slice(1)}`;
  const relink = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(relink);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/definitions/') ? `#/components/schemas/${name(v.slice('#/definitions/'.length))}` : relink(v)]),
    );
  };
  const { $schema: _schema, $id: _id, definitions, ...document } = schema;
  const out: Record<string, object> = { AnalysisDocument: relink(document) as object };
  for (const [key, def] of Object.entries((definitions ?? {}) as Record<string, unknown>)) out[name(key)] = relink(def) as object;
  return (analysis = out);
}

/**
 * An API operation is declared once — method, path, parameters, body, responses — and that
 * one declaration both validates requests and writes the OpenAPI document, so the two
 * cannot drift apart.
 */
import { HttpError, type Reply, type Request, type RouteMethod, type Route } from './http.js';

export interface IntegerParam {
  type: 'integer';
  minimum: number;
  maximum: number;
  default?: number;
}

export interface StringParam {
  type: 'string';
  enum?: readonly string[];
  default?: string;
  minLength?: number;
  maxLength: number;
}

export interface QueryParam {
  name: string;
  description: string;
  required?: boolean;
  schema: IntegerParam | StringParam;
}

export interface PathParam {
  name: string;
  description: string;
  /** Anchored regular expression source the segment must match. */
  pattern: string;
  example: string;
  /** Says what a well-formed value looks like and where to find one, for the 400 answer. */
  hint: string;
}

export interface ResponseSpec {
  description: string;
  /** A name in components.schemas; absent for a response without a body. */
  schema?: string;
  contentType?: string;
  headers?: Record<string, { description: string; schema: object }>;
}

export interface RequestBodySpec {
  description: string;
  required: boolean;
  /** Media types documented; the handler decides what it accepts. */
  contentTypes: readonly string[];
}

export type QueryValues = Readonly<Record<string, string | number>>;

export interface OperationInput {
  request: Request;
  params: Readonly<Record<string, string>>;
  /** Declared query parameters, validated, with defaults filled in; integers as numbers. */
  query: QueryValues;
}

export interface Operation {
  method: RouteMethod;
  path: string;
  operationId: string;
  summary: string;
  description: string;
  tag: string;
  pathParams?: readonly PathParam[];
  query?: readonly QueryParam[];
  requestBody?: RequestBodySpec;
  /** By status code; the common error answers are added (see `allResponses`). */
  responses: Readonly<Record<string, ResponseSpec>>;
  handle(input: OperationInput): Reply | Promise<Reply>;
}

/** The operation's responses with the error answers every operation can give. */
export function allResponses(op: Operation): Record<string, ResponseSpec> {
  const out: Record<string, ResponseSpec> = { ...op.responses };
  out['400'] ??= { description: 'A query parameter is unknown, repeated, missing or out of range, or a path parameter is malformed: the message names it.', schema: 'Error' };
  if (op.pathParams?.length) out['404'] ??= { description: 'Nothing has this id.', schema: 'Error' };
  if (op.requestBody) {
    out['413'] ??= { description: 'The body is larger than the server accepts (see --max-body).', schema: 'Error' };
    out['415'] ??= { description: 'The body is a form, or has a media type or content encoding that is not accepted.', schema: 'Error' };
  }
  if (op.requestBody || op.pathParams?.length) {
    out['503'] ??= {
      description: 'The server is shutting down, or (for a write) as many writes wait already as it queues: nothing was changed; send the request again after the seconds Retry-After gives.',
      schema: 'Error',
      headers: { 'Retry-After': { description: 'Seconds to wait before sending the request again.', schema: { type: 'integer' } } },
    };
  }
  out['500'] ??= { description: 'The store failed, or corroborate has a bug; the message says which. Nothing was changed.', schema: 'Error' };
  out['default'] ??= { description: 'Any other error: 403 cross-origin write, 404 unknown path, 405 method not allowed (see Allow).', schema: 'Error' };
  return out;
}

/** A route that validates the path and query against the declaration before handing over. */
export function routeOf(op: Operation): Route {
  const patterns = (op.pathParams ?? []).map((p) => ({ p, pattern: new RegExp(p.pattern) }));
  return {
    method: op.method,
    path: op.path,
    handler: (request) => {
      const params: Record<string, string> = {};
      for (const { p, pattern } of patterns) {
        const value = request.params[p.name] ?? '';
        if (!pattern.test(value)) throw new HttpError(400, `bad-${kebab(p.name)}`, `"${clip(value)}" is not a ${p.description.toLowerCase()}: ${p.hint}`);
        params[p.name] = value;
      }
      return op.handle({ request, params, query: parseQuery(request.query, op.query ?? []) });
    },
  };
}

function parseQuery(query: URLSearchParams, declared: readonly QueryParam[]): QueryValues {
  const byName = new Map(declared.map((p) => [p.name, p]));
  const seen = new Set<string>();
  const takes = declared.length > 0 ? `it takes ${declared.map((p) => p.name).join(', ')}` : 'it takes none';
  for (const [name] of query) {
    if (!byName.has(name)) throw new HttpError(400, 'unknown-parameter', `unknown query parameter "${clip(name)}"; ${takes}`);
    if (seen.has(name)) throw new HttpError(400, 'repeated-parameter', `query parameter "${name}" is given more than once; give it once`);
    seen.add(name);
  }
  const out: Record<string, string | number> = {};
  for (const p of declared) {
    const raw = query.get(p.name);
    if (raw === null) {
      if (p.required) throw new HttpError(400, 'missing-parameter', `query parameter "${p.name}" is required: ${p.description}`);
      if (p.schema.default !== undefined) out[p.name] = p.schema.default;
      continue;
    }
    out[p.name] = p.schema.type === 'integer' ? parseInteger(p.name, raw, p.schema) : parseString(p.name, raw, p.schema);
  }
  return out;
}

function parseInteger(name: string, raw: string, schema: IntegerParam): number {
  const n = /^(0|[1-9][0-9]{0,15})$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < schema.minimum || n > schema.maximum) {
    throw new HttpError(400, 'bad-parameter', `query parameter "${name}" takes a whole number from ${schema.minimum} to ${schema.maximum}, not "${clip(raw)}"`);
  }
  return n;
}

function parseString(name: string, raw: string, schema: StringParam): string {
  if (schema.enum && !schema.enum.includes(raw)) {
    throw new HttpError(400, 'bad-parameter', `query parameter "${name}" takes one of ${schema.enum.join(', ')}, not "${clip(raw)}"`);
  }
  if (/[\u0000-\u001f\u007f]/.test(raw)) throw new HttpError(400, 'bad-parameter', `query parameter "${name}" holds control characters; remove them`);
  const length = [...raw].length;
  if (length < (schema.minLength ?? 0) || length > schema.maxLength) {
    throw new HttpError(400, 'bad-parameter', `query parameter "${name}" takes ${schema.minLength ?? 0} to ${schema.maxLength} characters, not ${length}`);
  }
  return raw;
}

function clip(s: string): string {
  const shown = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return shown.replace(/[\u0000-\u001f\u007f"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of everything the API answers. The analysis
 * document's schema is the project's own (schema/analysis.schema.json), folded in by
 * openapi.ts. Shapes this API makes up are closed (no other properties); shapes that pass
 * on the pipeline's records list what they guarantee and leave room for more.
 */
import { FORMATS } from '../pipeline/record.js';

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const count = { type: 'integer', minimum: 0 } as const;
const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

const textSpan = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: { start: count, end: count },
};

const message = {
  type: 'object',
  required: ['severity', 'stage', 'code', 'text'],
  properties: { severity: { enum: ['warning', 'error'] }, stage: string, code: string, text: string },
};

const outlet = {
  type: 'object',
  required: ['name', 'domain', 'origin'],
  properties: { name: string, domain: nullableString, origin: string },
};

const published = {
  type: 'object',
  required: ['value', 'origin'],
  properties: { value: nullableString, origin: { enum: ['metadata', 'feed', 'text', 'user', 'unknown'] } },
};

const articleFields = {
  id: string,
  format: { enum: [...FORMATS] },
  origin: { ...string, description: 'the input the article came from' },
  title: string,
  byline: nullableString,
  source: outlet,
  url: nullableString,
  canonicalUrl: nullableString,
  published,
  modified: nullableString,
  language: nullableString,
  description: nullableString,
  partial: { type: 'boolean', description: 'only a summary was available' },
  storyId: { ...nullableString, description: 'the story the article is in; null until it is analysed' },
};
const articleRequired = Object.keys(articleFields);

const page = (name: string, item: object, extra: Record<string, object> = {}): object => ({
  type: 'object',
  required: ['total', 'offset', 'limit', name, ...Object.keys(extra)],
  additionalProperties: false,
  properties: { total: count, offset: count, limit: count, ...extra, [name]: { type: 'array', items: item } },
});

export const SCHEMAS: Record<string, object> = {
  Error: {
    type: 'object',
    description: 'Every error answer. `code` is stable; `message` says what was wrong and what to do.',
    required: ['error'],
    additionalProperties: false,
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        additionalProperties: false,
        properties: { status: { type: 'integer', minimum: 400, maximum: 599 }, code: string, message: string },
      },
    },
  },
  Health: {
    type: 'object',
    required: ['status', 'store', 'schemaVersion', 'writesQueued'],
    additionalProperties: false,
    properties: {
      status: { type: 'string', enum: ['ok', 'unavailable'], description: '`unavailable` (with status 503) when the store does not answer' },
      store: { type: 'string', enum: ['sqlite', 'postgres'] },
      schemaVersion: { type: ['integer', 'null'], description: 'the store\'s schema version; null when it did not answer' },
      writesQueued: count,
      error: { ...string, description: 'why the store did not answer' },
    },
  },
  ServiceInfo: {
    type: 'object',
    required: ['corroborate', 'articles', 'stories', 'openapi', 'limits', 'endpoints'],
    additionalProperties: false,
    properties: {
      corroborate: { ...string, description: 'version' },
      articles: count,
      stories: count,
      openapi: { ...string, description: 'path of the OpenAPI document' },
      limits: {
        type: 'object',
        required: ['maxBodyBytes', 'maxInputBytes'],
        additionalProperties: false,
        properties: { maxBodyBytes: count, maxInputBytes: count },
      },
      endpoints: {
        type: 'array',
        items: { type: 'object', required: ['method', 'path', 'summary'], additionalProperties: false, properties: { method: string, path: string, summary: string } },
      },
    },
  },
  StoryListItem: {
    type: 'object',
    required: ['id', 'title', 'articles', 'independentSources', 'span', 'entities', 'representative'],
    additionalProperties: false,
    properties: {
      id: string,
      title: string,
      articles: { ...count, description: 'member articles, copies included' },
      independentSources: { ...count, description: 'outlets, each copy group counted once' },
      span: {
        type: 'object',
        required: ['start', 'end'],
        additionalProperties: false,
        properties: { start: { ...nullableString, description: 'ISO date' }, end: { ...nullableString, description: 'ISO date' } },
      },
      entities: {
        type: 'array',
        description: 'names most members use, with how many use them',
        items: { type: 'object', required: ['name', 'articles'], additionalProperties: false, properties: { name: string, articles: count } },
      },
      representative: { ...string, description: 'the article whose headline names the story' },
    },
  },
  StoryList: page('stories', ref('StoryListItem'), { sort: { enum: ['recent', 'size'] }, q: nullableString }),
  ArticleSummary: {
    type: 'object',
    required: [...articleRequired, 'ingestedAt', 'chars', 'warnings'],
    properties: { ...articleFields, ingestedAt: string, chars: count, warnings: count },
  },
  ArticleList: page('articles', ref('ArticleSummary')),
  Message: message,
  LanguageAnnotations: {
    type: 'object',
    description: 'What the language layer found, every start/end an offset into the clean text.',
    required: ['sentences', 'mentions', 'entities', 'quotes', 'times', 'quantities', 'messages'],
    properties: {
      sentences: { type: 'array', items: { type: 'object', required: ['start', 'end'], properties: { start: count, end: count } } },
      mentions: { type: 'array', items: { type: 'object', required: ['start', 'end'], properties: { start: count, end: count } } },
      entities: { type: 'array', items: { type: 'object', required: ['name', 'type'], properties: { name: string, type: string } } },
      quotes: { type: 'array', items: { type: 'object', required: ['start', 'end'], properties: { start: count, end: count } } },
      times: { type: 'array', items: { type: 'object', required: ['start', 'end', 'text'], properties: { start: count, end: count, text: string } } },
      quantities: { type: 'array', items: { type: 'object', required: ['start', 'end', 'text'], properties: { start: count, end: count, text: string } } },
      messages: { type: 'array', items: ref('Message') },
    },
  },
  ArticleView: {
    type: 'object',
    description: 'What `corroborate show --json` prints, and the story the article is in.',
    required: [...articleRequired, 'text', 'paragraphs', 'messages', 'annotations'],
    properties: {
      ...articleFields,
      text: { ...string, description: 'the clean text every offset indexes' },
      paragraphs: { type: 'array', items: { type: 'object', required: ['start', 'end', 'kind'], properties: { start: count, end: count, kind: string } } },
      messages: { type: 'array', items: ref('Message') },
      annotations: ref('LanguageAnnotations'),
    },
  },
  TextSpan: textSpan,
  ArticleHit: {
    type: 'object',
    required: ['articleId', 'storyId', 'title', 'source', 'published', 'titleMatches', 'matches', 'snippet', 'score'],
    additionalProperties: false,
    properties: {
      articleId: string,
      storyId: nullableString,
      title: string,
      source: string,
      published: nullableString,
      titleMatches: { type: 'array', description: 'offsets into the title', items: ref('TextSpan') },
      matches: { type: 'array', description: 'offsets into the clean text, at most 50', items: ref('TextSpan') },
      snippet: {
        description: 'a passage of the clean text around the first match',
        oneOf: [{ type: 'null' }, { type: 'object', required: ['start', 'end', 'text'], additionalProperties: false, properties: { start: count, end: count, text: string } }],
      },
      score: { type: 'number', description: 'bm25: lower is better' },
    },
  },
  ClaimHit: {
    type: 'object',
    required: ['storyId', 'storyTitle', 'claimId', 'text', 'status', 'independentSources', 'evidence', 'score'],
    additionalProperties: false,
    properties: {
      storyId: string,
      storyTitle: nullableString,
      claimId: string,
      text: string,
      status: { enum: ['corroborated', 'single-source', 'contested'] },
      independentSources: count,
      evidence: {
        type: 'array',
        description: 'the sentences stating the claim, as offsets into the articles\' clean texts',
        items: { type: 'object', required: ['articleId', 'start', 'end'], additionalProperties: false, properties: { articleId: string, start: count, end: count } },
      },
      score: { type: 'number', description: 'bm25: lower is better' },
    },
  },
  SearchResults: {
    type: 'object',
    required: ['query', 'terms', 'kind', 'offset', 'limit', 'articles', 'claims'],
    additionalProperties: false,
    properties: {
      query: string,
      terms: { type: 'array', items: string, description: 'the words searched for, folded as the index folds them' },
      kind: { enum: ['all', 'articles', 'claims'] },
      offset: count,
      limit: count,
      articles: { type: 'object', required: ['total', 'hits'], additionalProperties: false, properties: { total: count, hits: { type: 'array', items: ref('ArticleHit') } } },
      claims: { type: 'object', required: ['total', 'hits'], additionalProperties: false, properties: { total: count, hits: { type: 'array', items: ref('ClaimHit') } } },
    },
  },
  IngestResult: {
    type: 'object',
    required: ['input', 'format', 'articles', 'added', 'existing', 'stories', 'messages'],
    additionalProperties: false,
    properties: {
      input: string,
      format: { enum: [...FORMATS] },
      articles: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'source', 'storyId', 'added'],
          additionalProperties: false,
          properties: { id: string, title: string, source: string, storyId: nullableString, added: { type: 'boolean' } },
        },
      },
      added: { type: 'array', items: string },
      existing: { type: 'array', items: string },
      stories: { type: 'array', items: string },
      messages: { type: 'array', items: { allOf: [ref('Message')], required: ['articleId'], properties: { articleId: string } } },
    },
  },
  OpenApiDocument: { type: 'object', required: ['openapi', 'info', 'paths', 'components'] },
};

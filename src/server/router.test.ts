import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Router, pathSegments } from './router.js';
import { HttpError, json, type Route } from './http.js';

const route = (method: Route['method'], path: string): Route => ({ method, path, handler: () => json(200, path) });

test('routes match by template; literals beat parameters; a rest parameter takes the remaining segments', () => {
  const router = new Router([route('GET', '/api/{thing}'), route('GET', '/api/openapi.json'), route('POST', '/api/articles'), route('GET', '/assets/{file*}'), route('GET', '/')]);
  const found = (method: string, path: string) => router.match(method, pathSegments(path));
  assert.deepEqual(found('GET', '/api/openapi.json'), { route: router.routes[1], params: {} });
  assert.deepEqual(found('GET', '/api/stories'), { route: router.routes[0], params: { thing: 'stories' } });
  assert.deepEqual(found('HEAD', '/api/stories'), { route: router.routes[0], params: { thing: 'stories' } });
  assert.deepEqual(found('GET', '/assets/css/page.css'), { route: router.routes[3], params: { file: 'css/page.css' } });
  assert.deepEqual(found('GET', '/'), { route: router.routes[4], params: {} });
  assert.equal(found('GET', '/assets'), null);
  assert.equal(found('GET', '/assets/'), null);
  assert.equal(found('GET', '/api/a/b'), null);
  assert.equal(found('GET', '/api/'), null);
  assert.deepEqual(found('DELETE', '/api/articles'), { allowed: ['GET', 'HEAD', 'POST'] });
  assert.deepEqual(found('GET', '/api/x%2Fy'), { route: router.routes[0], params: { thing: 'x/y' } });
});

test('paths with bad encodings, dot segments or control characters are refused; clashing routes are a programming error', () => {
  for (const bad of ['/a/%zz', '/assets/../x', '/assets/%2e%2e/x', '/a/%00']) assert.throws(() => pathSegments(bad), (e: unknown) => e instanceof HttpError && e.status === 400, bad);
  assert.throws(() => new Router([route('GET', '/a/{x}'), route('GET', '/a/{y}')]), /two routes/);
  assert.throws(() => new Router([route('GET', '/a/{x*}/b')]), /last segment/);
});

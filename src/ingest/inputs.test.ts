import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { expandInputs, countInputs, unpack, MAX_GZIP_LAYERS, UrlInput, type RawInput } from './inputs.js';
import { InputError } from '../pipeline/errors.js';
import { LinesInput } from './lines.js';

/** Inputs as the pipeline sees them: read, then unpacked if gzip. */
async function collect(paths: string[], maxBytes = 1024 * 1024, stdin?: AsyncIterable<Uint8Array>): Promise<(RawInput | InputError)[]> {
  const out: (RawInput | InputError)[] = [];
  for await (const item of expandInputs(paths, stdin ? { maxBytes, stdin } : { maxBytes })) {
    if (item instanceof LinesInput) throw new Error(`${item.name} came as lines`);
    if (item instanceof UrlInput) throw new Error(`${item.url} came as a URL`);
    out.push(item instanceof InputError ? item : unpack(item.name, item.bytes, { maxBytes }));
  }
  return out;
}

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'corroborate-inputs-'));
  mkdirSync(join(root, 'b', 'deep'), { recursive: true });
  mkdirSync(join(root, '.hidden'));
  writeFileSync(join(root, 'a.txt'), 'first');
  writeFileSync(join(root, 'b', 'c.txt'), 'second');
  writeFileSync(join(root, 'b', 'deep', 'd.html'), '<p>third</p>');
  writeFileSync(join(root, '.hidden', 'x.txt'), 'never read');
  writeFileSync(join(root, 'packed.bin'), gzipSync(Buffer.from('fourth, unpacked by its magic bytes')));
  return root;
}

test('directories are walked recursively in a stable order, hidden entries skipped', async () => {
  const root = tree();
  const items = await collect([root]);
  const names = items.map((i) => (i instanceof InputError ? i.input : i.name).slice(root.length + 1));
  assert.deepEqual(names, ['a.txt', 'packed.bin', 'b/c.txt', 'b/deep/d.html']);
  assert.equal(await countInputs([root]), 4);
});

test('gzip is unpacked whatever the file is called', async () => {
  const root = tree();
  const [item] = await collect([join(root, 'packed.bin')]);
  assert.ok(!(item instanceof InputError));
  assert.equal(Buffer.from(item!.bytes).toString(), 'fourth, unpacked by its magic bytes');
});

test('missing files, oversize files, gzip bombs and corrupt gzip become errors, and the batch goes on', async () => {
  const root = tree();
  writeFileSync(join(root, 'big.txt'), 'x'.repeat(2048));
  writeFileSync(join(root, 'bomb.gz'), gzipSync(Buffer.alloc(5000, 'a')));
  writeFileSync(join(root, 'broken.gz'), gzipSync(Buffer.from('some text here')).subarray(0, 12));
  const items = await collect([join(root, 'nope.txt'), join(root, 'big.txt'), join(root, 'bomb.gz'), join(root, 'broken.gz'), join(root, 'a.txt')], 1024);
  const codes = items.map((i) => (i instanceof InputError ? i.code : 'ok'));
  assert.deepEqual(codes, ['not-found', 'too-large', 'too-large', 'corrupt-gzip', 'ok']);
  for (const i of items) if (i instanceof InputError) assert.match(i.describe(), /^\S+: .+ \(skipped\)$/);
});

test('"-" reads standard input, gzip included', async () => {
  const [plain] = await collect(['-'], 1024, Readable.from([Buffer.from('from '), Buffer.from('stdin')]));
  assert.equal(Buffer.from((plain as RawInput).bytes).toString(), 'from stdin');
  const [packed] = await collect(['-'], 1024, Readable.from([gzipSync(Buffer.from('packed stdin'))]));
  assert.equal(Buffer.from((packed as RawInput).bytes).toString(), 'packed stdin');
  const [big] = await collect(['-'], 4, Readable.from([Buffer.from('too long')]));
  assert.ok(big instanceof InputError && big.code === 'too-large' && big.input === 'stdin');
});

/** `text` gzipped `layers` times over. */
const gzipped = (text: string | Buffer, layers: number): Buffer => (layers === 0 ? Buffer.from(text) : gzipSync(gzipped(text, layers - 1)));

test('gzip inside gzip is unpacked layer by layer, up to a limit, each layer within the size limit', () => {
  for (let layers = 1; layers <= MAX_GZIP_LAYERS; layers++) {
    const out = unpack('twice.gz', gzipped('the report itself', layers), { maxBytes: 1024 });
    assert.ok(!(out instanceof InputError), `${layers} layers: ${String(out)}`);
    assert.equal(Buffer.from(out.bytes).toString(), 'the report itself');
  }
  const cases: [string, Buffer, string, RegExp][] = [
    ['too deep', gzipped('the report itself', MAX_GZIP_LAYERS + 1), 'nested-gzip', /gzip inside gzip more than \d layers deep; unpack it/],
    ['inner bomb', gzipSync(gzipSync(Buffer.alloc(5000, 'a'))), 'too-large', /gzip inside the gzip \(layer 2\) unpacks to more than the 1\.0 KB limit/],
    ['inner corrupt', gzipSync(gzipSync(Buffer.from('some text here')).subarray(0, 12)), 'corrupt-gzip', /gzip inside the gzip \(layer 2\) is corrupt/],
  ];
  for (const [label, bytes, code, message] of cases) {
    const out = unpack('layered.gz', bytes, { maxBytes: 1024 });
    assert.ok(out instanceof InputError && out.code === code && out.input === 'layered.gz', `${label}: ${String(out)}`);
    assert.match(out.message, message, label);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, declaredCharset } from './decode.js';
import { InputError } from '../pipeline/errors.js';
import { gzipSync } from 'node:zlib';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function failsWith(code: string, bytes: Uint8Array): void {
  assert.throws(() => decode('in.txt', bytes), (e: unknown) => e instanceof InputError && e.code === code && e.input === 'in.txt');
}

test('UTF-8 with and without BOM', () => {
  assert.equal(decode('a', utf8('“Quote” — é')).text, '“Quote” — é');
  assert.equal(decode('a', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('héllo')])).text, 'héllo');
});

test('UTF-16 with a BOM, both byte orders, and without a BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ferry “halted”', 'utf16le')]);
  assert.deepEqual(decode('a', le), { text: 'Ferry “halted”', encoding: 'utf-16le' });
  const be = Buffer.from(Buffer.from('Ferry halted', 'utf16le')).swap16();
  assert.equal(decode('a', Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text, 'Ferry halted');
  assert.equal(decode('a', Buffer.from('A plain report, no BOM at all.', 'utf16le')).text, 'A plain report, no BOM at all.');
});

test('legacy charsets declared by HTML and XML', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0xe9]), Buffer.from('</p></body></html>')]);
  const decoded = decode('page.html', html);
  assert.equal(decoded.encoding, 'windows-1252');
  assert.match(decoded.text, /“Hi” é/);
  const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>'), Buffer.from([0xc5, 0x72, 0x68, 0x75, 0x73]), Buffer.from('</title></channel></rss>')]);
  assert.match(decode('feed.xml', xml).text, /Århus/);
  assert.equal(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">')), 'iso-8859-2');
});

test('bad input is refused with a reason', () => {
  failsWith('empty', new Uint8Array());
  failsWith('binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  failsWith('invalid-encoding', new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait')]));
  failsWith('unknown-charset', Buffer.from('<meta charset="klingon-7"><p>x</p>'));
  failsWith('invalid-encoding', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41])]));
});

test('an invalid byte is located in the message', () => {
  try {
    decode('in.txt', new Uint8Array([...utf8('abc'), 0xc3, 0x28]));
    assert.fail('should throw');
  } catch (e) {
    assert.ok(e instanceof InputError);
    assert.match(e.message, /offset 3/);
  }
});

test('binary formats people hand over by mistake are named, with what to do', () => {
  const tar = Buffer.alloc(1024);
  tar.write('report.txt', 0);
  tar.write('ustar', 257);
  const cases: [string, Uint8Array, RegExp][] = [
    ['gzip', gzipSync(Buffer.from('x')), /^gzip data, not text: unpack it \(gunzip\)/],
    ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), /^a zip archive, not text: unpack it and give corroborate the files inside/],
    ['tar', tar, /^a tar archive/],
    ['xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]), /^xz data/],
    ['PDF', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64)]), /^a PDF document/],
    ['unknown', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /^binary data, not text/],
  ];
  for (const [label, bytes, message] of cases) {
    assert.throws(() => decode('in.bin', bytes), (e: unknown) => e instanceof InputError && e.code === 'binary' && message.test(e.message), label);
  }
});

test('charsets: the server header before the document, the user before both, and valid UTF-8 over a wrong declaration', () => {
  const latin = Buffer.concat([Buffer.from('<html><head><meta charset="utf-8"></head><body><p>caf'), Buffer.from([0xe9]), Buffer.from('</p></body></html>')]);
  assert.deepEqual(decode('page', latin, { headerCharset: 'iso-8859-1' }).encoding, 'iso-8859-1');
  assert.match(decode('page', latin, { headerCharset: 'iso-8859-1' }).text, /café/);
  // The server says UTF-8, the bytes are not, and the page itself declares what they are.
  const declared1252 = Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x48, 0x69, 0x94]), Buffer.from('</p>')]);
  assert.match(decode('page', declared1252, { headerCharset: 'utf-8' }).text, /“Hi”/);
  // A template's gb2312 (or a server's default Latin-1) left on a page that is UTF-8.
  const utf8Page = Buffer.from('<meta charset="gb2312"><p>Zürich — “quoted”</p>');
  assert.deepEqual(decode('page', utf8Page), { text: '<meta charset="gb2312"><p>Zürich — “quoted”</p>', encoding: 'utf-8' });
  assert.equal(decode('page', utf8Page, { headerCharset: 'iso-8859-1' }).encoding, 'utf-8');
  // Undeclared Cyrillic in windows-1251, read as the user says.
  const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
  assert.equal(decode('note.txt', cyrillic, { userCharset: 'windows-1251' }).text, 'Привет');
  assert.throws(() => decode('note.txt', cyrillic), /--charset/);
  assert.throws(() => decode('note.txt', cyrillic, { userCharset: 'klingon-8' }), /charset "klingon-8" was given, which is not a known encoding/);
});

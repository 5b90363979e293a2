import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarkables, placeTokens } from './data.js';
import { loadEcbPlus } from '../data/ecbplus.js';

/** An invented document in the ECB+ format: one sentence per array, tokens as the corpus splits them. */
function xmlOf(sentences: string[][], markables = '', relations = ''): string {
  let id = 0;
  const tokens = sentences.flatMap((words, s) => words.map((w, n) => `<token t_id="${++id}" sentence="${s}" number="${n}">${w}</token>`));
  return `<Document doc_name="9_1ecb.xml" doc_id="DOC1">\n${tokens.join('\n')}\n<Markables>\n${markables}\n</Markables>\n<Relations>\n${relations}\n</Relations>\n</Document>\n`;
}

const SENTENCES = [
  ['The', 'mayor', 'said', '``', 'we', "'re", 'ready', "''", '.'],
  ['A', 'magnitude', '5', '.', '9', 'quake', 'hit', 'at', '7', ':', '15', '-LRB-', 'local', '-RRB-', '&amp;', 'shook', 'Zelov', '.'],
];

test('every token is found at its rebuilt offset, after the figure repairs too', () => {
  const { tokens, lines } = placeTokens(xmlOf(SENTENCES));
  assert.deepEqual(lines, ['The mayor said “we\'re ready”.', 'A magnitude 5.9 quake hit at 7:15 (local) & shook Zelov.']);
  for (const t of tokens) assert.equal(lines[t.line]!.slice(t.offset, t.offset + t.text.length), t.text, `token ${t.id} "${t.text}"`);
  const quake = tokens.find((t) => t.text === 'quake')!;
  assert.equal(quake.offset, 'A magnitude 5.9 '.length);
});

test('without figures to repair, the lines are the ones bench/data/ecbplus.ts writes', () => {
  const root = mkdtempSync(join(tmpdir(), 'alignment-'));
  try {
    mkdirSync(join(root, '9'));
    const xml = xmlOf([SENTENCES[0]!, ['Officials', 'ca', "n't", 'say', ',', 'a', 'spokesman', 'said', '-LSB-', 'sic', '-RSB-', '!'], ['$', '5', 'm', '%', 'is', '``', 'odd', "''"]]);
    writeFileSync(join(root, '9', '9_1ecb.xml'), xml);
    const [doc] = loadEcbPlus(root);
    assert.equal(placeTokens(xml).lines.join('\n'), doc!.text);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('event mentions, their cross-document chains and within-document chains', () => {
  const markables = [
    '<ACTION_OCCURRENCE m_id="1"  >\n  <token_anchor t_id="16"/>\n</ACTION_OCCURRENCE>',
    '<NEG_ACTION_STATE m_id="2" note="byCROMER" >\n  <token_anchor t_id="3"/>\n</NEG_ACTION_STATE>',
    '<ACTION_REPORTING m_id="3"  >\n  <token_anchor t_id="7"/>\n  <token_anchor t_id="8"/>\n</ACTION_REPORTING>',
    '<HUMAN_PART_PER m_id="4"  >\n  <token_anchor t_id="2"/>\n</HUMAN_PART_PER>',
    '<ACTION_OCCURRENCE m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t9_quake_hits" instance_id="ACT123" />',
    '<ACTION_STATE m_id="10" TAG_DESCRIPTOR="t9_ready" />',
  ].join('\n');
  const relations = [
    '<CROSS_DOC_COREF r_id="1" note="ACT123" >\n  <source m_id="1" />\n  <target m_id="9" />\n</CROSS_DOC_COREF>',
    '<INTRA_DOC_COREF r_id="2" >\n  <source m_id="3" />\n  <target m_id="10" />\n</INTRA_DOC_COREF>',
  ].join('\n');
  const parsed = parseMarkables(xmlOf(SENTENCES, markables, relations), '9_1ecb.xml');
  assert.deepEqual(parsed.mentions, [
    { mid: '1', type: 'ACTION_OCCURRENCE', anchors: ['16'] },
    { mid: '2', type: 'NEG_ACTION_STATE', anchors: ['3'] },
    { mid: '3', type: 'ACTION_REPORTING', anchors: ['7', '8'] },
  ]);
  assert.deepEqual([...parsed.chainOf], [['1', 'ACT123']]);
  assert.deepEqual([...parsed.intraOf], [['3', '9_1ecb.xml#10']]);
  assert.equal(parsed.names.get('ACT123'), 't9_quake_hits');
});

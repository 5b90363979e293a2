/** The paraphrase lexicon, and alignment of paraphrases across invented outlets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordsOf } from './words.js';
import { predicatesIn } from './features.js';
import { adjectiveOf, conceptOf } from './predicates.js';
import { lemmaOf } from './words.js';
import { inventStory } from './testing.js';

const CLASSES: [string, string[]][] = [
  ['cancel', ['The summit was scrapped.', 'The summit was cancelled.', 'The summit was canceled.', 'They called off the summit.', 'The minister axed the visit.', 'Halas pulled out of the summit.', 'He announced the cancellation of the summit.', 'The trip is off the table.']],
  ['meet', ['The two leaders met in Vienna.', 'A meeting was planned.', 'The summit will take place in Vienna.']],
  ['kill', ['The flood killed 14 people.', 'Fourteen people died.', 'The death toll rose to 14.', 'There were 14 deaths.']],
  ['evacuate', ['About 2,300 residents were evacuated.', 'Thousands fled the town.', 'The evacuation began at dawn.', 'Hundreds had to leave their homes.']],
  ['warn', ['The inspectorate warned the company.', 'It issued a warning on Monday.']],
  ['blame', ['The company blamed the rain.']],
  ['delay', ['The work was delayed.', 'The work was postponed.', 'The work was pushed back by three months.', 'A six-week delay was agreed.']],
  ['order', ['The prime minister ordered an inquiry.']],
  ['deploy', ['Troops were deployed.', 'Army units were sent to the valley.', 'Soldiers were dispatched.']],
  ['collapse', ['The dam collapsed.', 'Part of the dam gave way.', 'The embankment burst.', 'The embankment failed on Tuesday.', 'The breach flooded the valley.']],
  ['investigate', ['An independent inquiry will look into the collapse.', 'The investigation began.', 'Police will probe the failure.']],
  ['build', ['The dam was built in 1974.', 'The site was commissioned in 1974.', 'The dam has stood since 1974.']],
];

for (const [cls, sentences] of CLASSES) {
  test(`paraphrases of "${cls}"`, () => {
    for (const s of sentences) {
      const hits = predicatesIn(wordsOf(s)).map((h) => h.cls);
      assert.ok(hits.includes(cls), `${s} → ${hits.join(', ') || 'nothing'}`);
    }
  });
}

test('"failed to" denies what follows; it is no collapse', () => {
  assert.ok(!predicatesIn(wordsOf('The company failed to lower the reservoir.')).some((h) => h.cls === 'collapse'));
});

test('nouns of one class share a concept', () => {
  const same = (a: string, b: string): void => assert.equal(conceptOf(lemmaOf(a)), conceptOf(lemmaOf(b)), `${a} / ${b}`);
  same('troops', 'soldiers');
  same('army', 'garrison');
  same('rain', 'rainfall');
  same('conflict', 'war');
  same('immediate', 'near');
  same('embankment', 'dam');
});

test('judgements of how an exchange went are one evaluation, positive or negative', () => {
  assert.deepEqual(adjectiveOf('productive'), { base: 'evaluation', positive: true });
  assert.deepEqual(adjectiveOf('unproductive'), { base: 'evaluation', positive: false });
  assert.deepEqual(adjectiveOf('tense'), { base: 'evaluation', positive: false });
  assert.deepEqual(adjectiveOf('cordial'), { base: 'evaluation', positive: true });
  assert.deepEqual(adjectiveOf('fruitless'), { base: 'evaluation', positive: false });
});

test('antonyms and negative prefixes deny an adjective', () => {
  assert.deepEqual(adjectiveOf('unsafe'), { base: 'safe', positive: false });
  assert.deepEqual(adjectiveOf('inaccurate'), { base: 'accurate', positive: false });
  assert.equal(adjectiveOf('under'), null);
  assert.equal(adjectiveOf('uncover'), null);
});

const ALIGNED: [string, string[]][] = [
  ['scrapped / cancelled / called off', ['Prime Minister Teodor Halas scrapped his trip to the Sorvik summit.', 'Prime Minister Teodor Halas cancelled his visit to the Sorvik summit.', 'Prime Minister Teodor Halas called off his trip to the summit in Sorvik.']],
  ['no plans in the near / immediate future', ['An official said there were no plans for a Vidal–Morrow meeting in the near future.', 'An official confirmed there were no plans for a Vidal–Morrow meeting in the immediate future.', 'Officials said no immediate meeting between Vidal and Morrow is planned.']],
  ['troops sent / soldiers deployed / backed by the army', ['Army units were sent from the Tarvel garrison to help the rescue.', 'Soldiers were deployed alongside rescue crews.', 'Rescue teams, backed by the army, searched the valley.']],
  ['built / completed / commissioned in 1974', ['The Veyra Dam was built in 1974.', 'The Veyra Dam, completed in 1974, holds back a large reservoir.', 'The Veyra Dam, commissioned in 1974, produces power for the north.']],
];

for (const [name, sentences] of ALIGNED) {
  test(`aligned as one fact: ${name}`, async () => {
    const story = await inventStory(sentences.map((text, i) => ({ outlet: `Outlet ${i + 1}`, text })));
    const best = [...story.analysis.claims].sort((a, b) => b.independentSources - a.independentSources)[0]!;
    assert.equal(best.independentSources, sentences.length, story.analysis.claims.map((g) => `${g.independentSources}: ${g.text}`).join('\n'));
    assert.equal(best.status, 'corroborated');
    assert.deepEqual(story.analysis.contradictions, []);
  });
}

test('different facts in similar words stay apart', async () => {
  const story = await inventStory([
    { outlet: 'Outlet 1', text: 'Rescue crews worked through the night in Zelov.' },
    { outlet: 'Outlet 2', text: 'Rescue crews reached the last houses in Kamenitsa on Wednesday.' },
  ]);
  assert.ok(story.analysis.claims.every((g) => g.independentSources === 1));
});

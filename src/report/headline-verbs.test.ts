import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseOfPast, presentOf } from './headline-verbs.js';

test('past forms go back to their base', () => {
  const cases: [string, string][] = [
    ['cancelled', 'cancel'], ['canceled', 'cancel'], ['scrapped', 'scrap'], ['killed', 'kill'], ['called', 'call'],
    ['installed', 'install'], ['travelled', 'travel'], ['fuelled', 'fuel'], ['controlled', 'control'], ['announced', 'announce'],
    ['abandoned', 'abandon'], ['developed', 'develop'], ['visited', 'visit'], ['united', 'unite'], ['limited', 'limit'],
    ['focused', 'focus'], ['caused', 'cause'], ['collapsed', 'collapse'], ['passed', 'pass'], ['evacuated', 'evacuate'],
    ['created', 'create'], ['treated', 'treat'], ['negotiated', 'negotiate'], ['floated', 'float'], ['deleted', 'delete'],
    ['targeted', 'target'], ['voted', 'vote'], ['quoted', 'quote'], ['looted', 'loot'], ['disputed', 'dispute'],
    ['shouted', 'shout'], ['decided', 'decide'], ['avoided', 'avoid'], ['raided', 'raid'], ['invaded', 'invade'],
    ['loaded', 'load'], ['concluded', 'conclude'], ['exploded', 'explode'], ['flooded', 'flood'], ['added', 'add'],
    ['needed', 'need'], ['secured', 'secure'], ['poured', 'pour'], ['declared', 'declare'], ['appeared', 'appear'],
    ['fired', 'fire'], ['repaired', 'repair'], ['ordered', 'order'], ['ignored', 'ignore'], ['occurred', 'occur'],
    ['settled', 'settle'], ['filed', 'file'], ['failed', 'fail'], ['boiled', 'boil'], ['scaled', 'scale'],
    ['appealed', 'appeal'], ['ruled', 'rule'], ['curled', 'curl'], ['declined', 'decline'], ['designed', 'design'],
    ['explained', 'explain'], ['joined', 'join'], ['planned', 'plan'], ['cleaned', 'clean'], ['returned', 'return'],
    ['opened', 'open'], ['intervened', 'intervene'], ['phoned', 'phone'], ['questioned', 'question'], ['named', 'name'],
    ['claimed', 'claim'], ['welcomed', 'welcome'], ['assumed', 'assume'], ['formed', 'form'], ['seemed', 'seem'],
    ['baked', 'bake'], ['leaked', 'leak'], ['looked', 'look'], ['attacked', 'attack'], ['escaped', 'escape'],
    ['helped', 'help'], ['stopped', 'stop'], ['grouped', 'group'], ['described', 'describe'], ['climbed', 'climb'],
    ['moved', 'move'], ['seized', 'seize'], ['changed', 'change'], ['belonged', 'belong'], ['damaged', 'damage'],
    ['logged', 'log'], ['reached', 'reach'], ['showed', 'show'], ['fixed', 'fix'], ['delayed', 'delay'],
    ['agreed', 'agree'], ['vetoed', 'veto'], ['argued', 'argue'], ['rescued', 'rescue'], ['carried', 'carry'],
    ['died', 'die'], ['denied', 'deny'], ['breached', 'breach'], ['long-anticipated', 'long-anticipate'],
    ['gave', 'give'], ['fell', 'fall'], ['met', 'meet'], ['held', 'hold'], ['sent', 'send'], ['burst', 'burst'],
    ['taken', 'take'], ['struck', 'strike'], ['withdrew', 'withdraw'], ['wasted', 'waste'], ['appointed', 'appoint'],
  ];
  const wrong = cases.filter(([past, base]) => baseOfPast(past) !== base).map(([past, base]) => `${past}: ${baseOfPast(past)} (want ${base})`);
  assert.deepEqual(wrong, []);
});

test('words that are no past form give null', () => {
  for (const w of ['proceed', 'speed', 'need', 'summit', 'the', 'ed', 'U.S.']) assert.equal(baseOfPast(w), null, w);
});

test('the present agrees with its subject', () => {
  const cases: [string, boolean, string][] = [
    ['cancel', false, 'cancels'], ['cancel', true, 'cancel'], ['breach', false, 'breaches'], ['carry', false, 'carries'],
    ['play', false, 'plays'], ['go', false, 'goes'], ['veto', false, 'vetoes'], ['be', false, 'is'], ['be', true, 'are'],
    ['have', false, 'has'], ['pass', false, 'passes'], ['fix', false, 'fixes'],
  ];
  for (const [base, plural, want] of cases) assert.equal(presentOf(base, plural), want, `${base} ${plural ? 'plural' : 'singular'}`);
});

/**
 * The stream's recurring series. Every issue of a series is its own gold event: a reader keeps
 * this week's column apart from last week's, though both carry the same name, author and
 * sign-off. All text is invented from the templates below.
 */
import { dayAfterStart, expand, int, monthDay, OUTLETS, paragraphs, pick, seeded, shuffle, weekday, type Rand, type StreamItem } from './text.js';

/** Days from Monday, February 3, for `count` issues `every` days apart starting at `first`. */
function schedule(first: number, every: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => dayAfterStart(first + i * every));
}

function item(series: string, event: string, id: string, date: string, time: string, outlet: string, title: string, sentences: readonly string[], r: Rand): StreamItem {
  return { id, title, text: paragraphs(r, sentences), published: { value: `${date}T${time}:00Z` }, source: { name: outlet }, event, series };
}

// ---------------------------------------------------------------------------------------
// A weekly technology column, every Thursday in the Northgate Times.

const COLUMN_SUBJECTS: { title: string; topic: string; lines: string[] }[] = [
  {
    title: 'Why a password manager beats a notebook',
    topic: 'password managers',
    lines: [
      'A password manager remembers a long, different password for every site, so one leaked password no longer opens your email, your bank and your shopping accounts at once.',
      'Wendt tried four of them for a month and found the free versions good enough for most households.',
      'The notebook by the computer is not as foolish as it sounds, he writes, as long as it never leaves the house, but it cannot fill in a login form on your phone.',
      'His advice is to pick one, move your email and bank passwords first, and do the rest a few at a time.',
    ],
  },
  {
    title: 'Is your old router slowing you down?',
    topic: 'the home router',
    lines: [
      'Routers are the forgotten box in most homes, and many readers are still using the one their broadband company sent them six or seven years ago.',
      'Wendt measured speeds in three rooms of his own house with an old router and a new one and found the difference far larger upstairs than beside the box.',
      'Before buying anything, he suggests restarting the router, moving it off the floor and out of the cupboard, and asking whether the provider will swap it for free.',
      'A new router makes sense, he says, if yours no longer receives security updates.',
    ],
  },
  {
    title: 'Three e-readers for people who still love paper',
    topic: 'e-readers',
    lines: [
      'E-readers have barely changed in a decade, which Wendt counts as a good thing: the screens are easy on the eyes and the batteries last for weeks.',
      'He read the same novel on three models and preferred the one with physical page-turn buttons.',
      'Library apps now lend e-books free of charge in most of the region, which takes away much of the cost.',
      'Readers who mostly read in bed should look for a warm light setting, he writes.',
    ],
  },
  {
    title: 'How to make a phone battery last another year',
    topic: 'phone batteries',
    lines: [
      'Phone batteries wear out with every charge, and most lose about a fifth of their capacity in two years.',
      'Wendt recommends turning on the charging limit that most phones now offer, which stops at 80 percent overnight.',
      'Heat is the real enemy, he writes, so a phone left on a car dashboard in summer ages faster than one charged every night.',
      'A replacement battery from a repair shop usually costs far less than a new phone.',
    ],
  },
  {
    title: 'Do smart thermostats really save money?',
    topic: 'smart thermostats',
    lines: [
      'Smart thermostats promise to cut heating bills by learning when you are at home.',
      'Wendt fitted one in January and compared his gas use with the same weeks of last winter, allowing for the weather.',
      'The saving was real but modest, about 8 percent, and most of it came from a schedule he could have set on his old thermostat.',
      'The devices make most sense, he concludes, for households whose days are irregular.',
    ],
  },
  {
    title: 'The backup you will wish you had made',
    topic: 'backing up a computer',
    lines: [
      'Every year Plugged In gets letters from readers who lost years of files to a dead hard drive or a stolen laptop.',
      "Wendt's rule is three copies: the original, one on a drive at home and one somewhere else, such as an online service.",
      'He timed how long it took to restore a laptop from each kind of backup, and the online one was slowest but never failed.',
      'Set it up once so it runs on its own, he writes, because a backup you have to remember is a backup you will forget.',
    ],
  },
  {
    title: 'The browser extensions worth keeping',
    topic: 'browser extensions',
    lines: [
      'Browser extensions can block adverts, fill in passwords and translate pages, but each one can also read what you do online.',
      'Wendt went through the twenty extensions on his own browser and kept four.',
      'He suggests removing any extension you do not remember installing, and any from a developer you cannot find.',
      'An advert blocker from a well-known developer was the one he would not give up.',
    ],
  },
  {
    title: "Cheap earbuds that don't sound cheap",
    topic: 'budget earbuds',
    lines: [
      'Wireless earbuds under $50 have improved so much that Wendt struggled to tell some of them from pairs costing four times as much.',
      'He wore six pairs on his commute and on runs for a fortnight.',
      'Battery life and fit mattered more than sound, he writes, since the pair that falls out is the pair you stop using.',
      'Noise cancelling at this price is mostly a label on the box, he warns.',
    ],
  },
  {
    title: 'Where to keep twenty years of family photos',
    topic: 'storing family photos',
    lines: [
      'Many households now have tens of thousands of photos spread across old phones, memory cards and a laptop nobody switches on.',
      "Wendt spent two weekends gathering his family's pictures in one place and describes what worked.",
      'Online photo services are convenient, he writes, but he also keeps a copy on a drive in case a service closes or raises its prices.',
      'Deleting blurred and duplicate shots first cut his collection by almost a third.',
    ],
  },
  {
    title: 'Mesh wifi for a house with thick walls',
    topic: 'mesh wifi',
    lines: [
      'Readers in old stone houses often write in about rooms where the wifi never reaches.',
      'Mesh systems place two or three small units around the home that pass the signal between them.',
      "Wendt tried one in a friend's farmhouse with walls half a metre thick and got a usable signal in the kitchen for the first time.",
      'A cheaper fix is a cable to a second access point, if you can run one.',
    ],
  },
  {
    title: 'Choosing a first tablet for a child',
    topic: 'tablets for children',
    lines: [
      "Parents ask Plugged In every spring which tablet to buy a child, and Wendt's answer is usually the cheapest one that still gets updates.",
      'He looked at the parental controls on three tablets and found them useful but fiddly to set up.',
      'A sturdy case matters more than a faster chip, he writes, and so does a charging place outside the bedroom.',
      'He suggests agreeing the rules on screen time before the tablet comes out of its box.',
    ],
  },
];

function column(seed: number): StreamItem[] {
  const dates = schedule(3, 7, COLUMN_SUBJECTS.length);
  return COLUMN_SUBJECTS.map((s, i) => {
    const number = 112 + i;
    const event = `column-plugged-in-${number}`;
    const r = seeded(event, seed);
    const intro = expand(
      r,
      pick(r, [
        'This week in Plugged In, Tomas Wendt {looks at|takes on|tackles} {topic}.',
        'Every Thursday Tomas Wendt answers the technology questions readers send to Plugged In, and this week the {question|subject} is {topic}.',
        "In Plugged In, the Northgate Times's weekly technology column, Tomas Wendt turns this week to {topic}.",
      ]),
      { topic: s.topic },
    );
    const recurring = shuffle(r, [
      'As always, Plugged In paid for everything it tested, and no company saw the column before it was published.',
      'Wendt, who has written Plugged In for the Northgate Times since 2019, tests products at home rather than in a lab.',
      'Readers can send questions to Plugged In at the Northgate Times; Wendt reads every letter, even the angry ones.',
      'Next week\'s column will answer more reader questions, so keep them coming.',
      'Plugged In appears in the Northgate Times every Thursday.',
    ]).slice(0, int(r, 2, 3));
    return item('column-plugged-in', event, event, dates[i]!, '07:00', OUTLETS.times, `Plugged In: ${s.title}`, [intro, ...s.lines, ...recurring], r);
  });
}

// ---------------------------------------------------------------------------------------
// Release notes of an invented accounting product, and a tech site's report of three of them.

const RELEASES: { version: string; date: string; headline: string; changes: string[]; news: string[]; quote: string | null }[] = [
  {
    version: '4.1',
    date: '2025-02-04',
    headline: 'bank feeds for credit unions and a dark mode',
    changes: [
      'Bank feeds now work with 14 credit unions on the Tamsin Coast, so their members no longer need to upload statements by hand.',
      'A dark mode is available under Settings, Appearance.',
      'Three new invoice templates, including one with space for a payment code, have been added.',
      'Fixed: a rounding error that could put the sales tax on an invoice off by one cent.',
      'Fixed: the date picker no longer jumps to January when you change the year.',
    ],
    news: [
      'Members of 14 credit unions on the coast can now connect their accounts directly, a feature customers had asked for since 2022.',
      'The release also adds a dark mode and fixes a rounding error in sales tax that had annoyed bookkeepers.',
    ],
    quote: '"Credit union members were the biggest group still typing in their statements," product manager Ilse Marten said.',
  },
  {
    version: '4.2',
    date: '2025-03-04',
    headline: 'multi-currency invoicing and receipt scanning',
    changes: [
      'Invoices can now be raised in 23 currencies, with exchange rates updated every hour.',
      'Receipt scanning in the mobile app reads the supplier, date and total from a photo and files the expense for you.',
      'Profit and loss reports now open about three times faster for businesses with more than 10,000 transactions.',
      'Fixed: a payment could be recorded twice when a bank feed and a manual entry arrived in the same minute.',
      'Improved: supplier names are now matched even when a bank shortens them.',
    ],
    news: [
      'Businesses can now invoice in 23 currencies, which Fennick says was the most requested feature among exporters.',
      'The mobile app gains receipt scanning, reading the supplier, date and total from a photo.',
      'Reports are about three times faster for larger customers, the company said.',
    ],
    quote: '"Half our customers sell something abroad now, even if it is only a few parcels a month," product manager Ilse Marten said.',
  },
  {
    version: '4.2.1',
    date: '2025-03-18',
    headline: 'fixes for file imports and receipt scanning',
    changes: [
      'Fixed: importing a CSV file with empty rows no longer stops the import halfway through.',
      'Fixed: receipt scanning failed on some phones more than five years old.',
      'Security: shared report links now expire after 30 days unless they are renewed.',
      "Fixed: the sales tax return screen could show last quarter's figures after a refresh.",
    ],
    news: [],
    quote: null,
  },
  {
    version: '4.3',
    date: '2025-04-15',
    headline: 'a payroll preview and a new dashboard',
    changes: [
      'A payroll module is available as a preview for businesses with up to 25 employees.',
      'The new dashboard shows cash in, cash out and unpaid invoices on one screen.',
      'The limit on API requests has been raised from 60 to 300 a minute.',
      'Windows 8.1 is no longer supported by the desktop app; cloud access is unaffected.',
      'Fixed: reminders for overdue invoices were sometimes sent twice.',
    ],
    news: [
      'The headline addition is payroll, offered as a preview to businesses with up to 25 staff.',
      'A redesigned dashboard puts cash in, cash out and unpaid invoices on one screen.',
      'Developers get a higher limit on requests to the Tallyweave API, up from 60 to 300 a minute.',
    ],
    quote: '"Payroll is the thing our customers still do in a spreadsheet, and we want to end that," product manager Ilse Marten said.',
  },
];

function releases(seed: number): StreamItem[] {
  const out: StreamItem[] = [];
  for (const rel of RELEASES) {
    const event = `release-tallyweave-${rel.version}`;
    const r = seeded(event, seed);
    const notes = [
      expand(r, 'Tallyweave {version} is {now available|out today} for all customers. This release brings {headline}.', { version: rel.version, headline: rel.headline }),
      ...rel.changes,
      ...shuffle(r, [
        `Tallyweave updates itself for cloud customers; desktop users can download version ${rel.version} from their account page.`,
        'As with every release, the full changelog is on the Fennick Software website, and the previous version stays supported for 12 months.',
        'If anything goes wrong after upgrading, contact Fennick support from the Help menu in Tallyweave.',
        'Thank you to everyone who reported bugs and suggested features since the last release.',
      ]).slice(0, 3),
    ];
    out.push(item('release-tallyweave', event, event, rel.date, '09:00', OUTLETS.fennick, `Tallyweave ${rel.version} release notes: ${rel.headline}`, notes, r));
    if (rel.quote === null) continue;
    const news = [
      `Fennick Software released version ${rel.version} of Tallyweave, its accounting software for small businesses, on ${weekday(rel.date)}, adding ${rel.headline}.`,
      ...rel.news,
      rel.quote,
      ...shuffle(r, [
        'Tallyweave is used by about 80,000 small businesses, most of them on the Tamsin Coast, according to the company.',
        'Fennick Software, based in Northgate, puts out a new version of Tallyweave roughly once a month.',
        'Customers on the cloud version get the update automatically.',
      ]),
    ];
    out.push(item('release-tallyweave', event, `${event}-bytefield`, rel.date, '14:00', OUTLETS.bytefield, `Fennick ships Tallyweave ${rel.version} with ${rel.headline}`, news, r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// A weekly conversation podcast, every Monday.

const EPISODES: { guest: string; role: string; title: string; topic: string; lines: string[] }[] = [
  {
    guest: 'Lena Hoss',
    role: 'a transit planner',
    title: 'Why are the buses so slow?',
    topic: 'why city buses run late',
    lines: [
      'Hoss explains why a bus that stops every 200 metres can never keep to its timetable, and why moving a few stops can save more time than a new lane.',
      'She describes the week she spent riding every route in Veldham with a stopwatch.',
      'Blackwood admits he has not taken a bus in three years, and Hoss sets him a challenge.',
    ],
  },
  {
    guest: 'Ines Calder',
    role: 'a sleep researcher',
    title: 'Sleeping when the world is awake',
    topic: 'sleep and shift work',
    lines: [
      'Calder studies nurses, drivers and bakers who work through the night, and explains what the body clock is actually doing at 4 a.m.',
      'She says blackout curtains and a fixed routine on days off matter more than any supplement.',
      'Ferreira, who once worked nights on a newsroom desk, shares what she got wrong.',
    ],
  },
  {
    guest: 'Bram Okonkwo',
    role: 'a beekeeper',
    title: 'Bees on the roof',
    topic: 'keeping bees in a city',
    lines: [
      'Okonkwo keeps twelve hives on the roofs of office buildings and explains why city bees often do better than country ones.',
      'He describes the day a swarm settled on a bus shelter and how he moved it with a cardboard box.',
      'The hosts taste three honeys from three different streets and disagree about all of them.',
    ],
  },
  {
    guest: 'Sofia Lamb',
    role: 'a translator of crime novels',
    title: 'Can you translate a joke?',
    topic: 'translating humour',
    lines: [
      'Lamb has translated eleven crime novels and says the murders are easy; it is the jokes that keep her up at night.',
      'She walks through one pun that took her a week and still did not survive.',
      'Blackwood tries to carry a joke of his own into three languages with her help.',
    ],
  },
  {
    guest: 'Arjun Selvam',
    role: 'a former professional chess player',
    title: 'What losing teaches you',
    topic: 'learning from defeat',
    lines: [
      'Selvam played chess professionally for nine years and says he learned more from his 300 losses than from any win.',
      'He explains how he studied each defeat the next morning and what that habit did for his later career as a teacher.',
      'Ferreira and Blackwood play a game on air, and it does not go well for either of them.',
    ],
  },
  {
    guest: 'Catherine Oyelaran',
    role: 'a hospital chaplain',
    title: 'Conversations at the end',
    topic: 'conversations at the end of life',
    lines: [
      'Oyelaran has sat with hundreds of patients in their last days and talks about what people actually want to say.',
      'She says most regrets are small and practical, not grand.',
      'The hosts talk about the conversations they have been putting off with their own parents.',
    ],
  },
  {
    guest: 'Mateus Rein',
    role: 'a chef who cooks with leftovers',
    title: 'Dinner from the back of the fridge',
    topic: 'food waste at home',
    lines: [
      'Rein runs a restaurant whose menu is built each day from what nearby shops could not sell.',
      'He explains how the average household throws away about a fifth of the food it buys, and the three habits that change that.',
      'The hosts send him photos of their own fridges, and he plans a meal from each.',
    ],
  },
  {
    guest: 'Hilde Sorensen',
    role: "a historian of the coast's lighthouses",
    title: 'Keepers of the light',
    topic: 'the lighthouses of the Tamsin Coast',
    lines: [
      "Sorensen grew up in a lighthouse keeper's cottage and has written a history of the twelve lights on the coast.",
      'She tells the story of the keeper who kept a lamp burning for three nights without relief during a winter gale.',
      'Blackwood asks whether anyone still lives in a lighthouse, and the answer surprises him.',
    ],
  },
  {
    guest: 'Paulo Reis',
    role: 'a stand-up comedian',
    title: 'Is money funny?',
    topic: 'writing jokes about money',
    lines: [
      'Reis has toured a show about his debts and says audiences laugh hardest at the numbers they recognise.',
      'He explains how a joke is built, tried out in small clubs and rewritten dozens of times.',
      "Ferreira reads out a listener's question about whether it is ever too soon, and Reis answers seriously.",
    ],
  },
  {
    guest: 'Greta Vance',
    role: 'a marine biologist',
    title: 'The meadows under the sea',
    topic: 'seagrass meadows',
    lines: [
      'Vance studies seagrass, which she calls the most overlooked habitat on the coast, and explains how it stores carbon and shelters young fish.',
      'She describes planting seagrass by hand from a small boat, one bundle at a time.',
      'The hosts learn that a single meadow can be older than any building in the region.',
    ],
  },
  {
    guest: 'Tomasz Wierzba',
    role: 'a violin maker',
    title: 'Made by hand',
    topic: 'building violins by hand',
    lines: [
      'Wierzba makes about six violins a year in a workshop behind his house, each taking around 250 hours.',
      'He talks about choosing wood that was cut forty years before he was born.',
      'Blackwood, a lapsed cellist, is persuaded to play a few notes on air.',
    ],
  },
];

function podcast(seed: number): StreamItem[] {
  const dates = schedule(0, 7, EPISODES.length);
  return EPISODES.map((e, i) => {
    const n = 31 + i;
    const event = `podcast-long-table-${n}`;
    const r = seeded(event, seed);
    const slots = { n: String(n), guest: e.guest, role: e.role, topic: e.topic, minutes: String(int(r, 38, 64)) };
    const intro = expand(
      r,
      pick(r, [
        'In Episode {n} of The Long Table, Maya Ferreira and Owen Blackwood {talk to|sit down with} {guest}, {role}, about {topic}.',
        'This week on The Long Table, Episode {n}, hosts Maya Ferreira and Owen Blackwood are joined by {guest}, {role}, to talk about {topic}.',
      ]),
      slots,
    );
    const recurring = shuffle(r, [
      "The Long Table is Pressline Radio's weekly conversation podcast, recorded around a kitchen table in Veldham.",
      "New episodes of The Long Table come out every Monday on Pressline Radio's website and in podcast apps.",
      'Listeners can send questions for future guests to the show, and Ferreira and Blackwood read a few at the end of each episode.',
      expand(r, '{The episode runs to|This episode lasts} {minutes} minutes.', slots),
      'Ferreira and Blackwood have hosted The Long Table together since it began in 2023.',
    ]).slice(0, 3);
    return item('podcast-long-table', event, event, dates[i]!, '05:00', OUTLETS.radio, `The Long Table, Episode ${n}: ${e.title}`, [intro, ...e.lines, ...recurring], r);
  });
}

// ---------------------------------------------------------------------------------------
// A weekly results roundup of one league: the same eight clubs every week.

const TEAMS: { name: string; ground: string; players: [string, string] }[] = [
  { name: 'Veldham Rovers', ground: 'Castle Park', players: ['Idris Kane', 'Luca Ferro'] },
  { name: 'Saltreach Mariners', ground: 'the Quayside', players: ['Jonas Hale', 'Tiago Brun'] },
  { name: 'Corvey Bay Athletic', ground: 'Lighthouse Road', players: ['Emeka Stroud', 'Callum Wray'] },
  { name: 'Orrindale Town', ground: 'the Riverside Ground', players: ['Dario Fenn', 'Kofi Adair'] },
  { name: 'Tarnwick United', ground: 'Quarry Lane', players: ['Sean Morrell', 'Yusuf Tane'] },
  { name: 'Dunmarrow Harriers', ground: 'Market Field', players: ['Ollie Penrose', 'Nils Aker'] },
  { name: 'Greyfell Rangers', ground: 'Fellside Park', players: ['Ruben Cole', 'Aidan Kerr'] },
  { name: 'Veldham City', ground: 'the Northgate Stadium', players: ['Matteo Lund', 'Kieran Doyle'] },
];

/** Round-robin pairings (circle method) for a round, home side first. */
function fixtures(round: number): [number, number][] {
  const k = (round - 1) % 7;
  const flip = Math.floor((round - 1) / 7) % 2 === 1;
  const ring = [1, 2, 3, 4, 5, 6, 7].map((_, i) => 1 + ((i + k) % 7));
  const order = [0, ...ring];
  const out: [number, number][] = [];
  for (let i = 0; i < 4; i++) {
    const a = order[i]!;
    const b = order[7 - i]!;
    const home = (i + k) % 2 === 0 !== flip;
    out.push(home ? [a, b] : [b, a]);
  }
  return out;
}

function goals(r: Rand): number {
  const x = r();
  return x < 0.25 ? 0 : x < 0.58 ? 1 : x < 0.82 ? 2 : x < 0.94 ? 3 : 4;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

function pointsPhrase(gap: number): string {
  return gap === 1 ? 'a point' : `${gap} points`;
}

function sports(seed: number): StreamItem[] {
  const dates = schedule(6, 7, 11);
  const table = seeded('sports-table', seed);
  const points = TEAMS.map(() => int(table, 6, 24));
  const out: StreamItem[] = [];
  dates.forEach((date, i) => {
    const round = 12 + i;
    const event = `sports-tamsin-league-round-${round}`;
    const r = seeded(event, seed);
    const lines: string[] = [];
    let best: { winner: string; loser: string; margin: number } | null = null;
    let total = 0;
    let crowd: { n: number; ground: string } | null = null;
    for (const [h, a] of fixtures(round)) {
      const home = TEAMS[h]!;
      const away = TEAMS[a]!;
      const hg = goals(r);
      const ag = goals(r);
      total += hg + ag;
      const n = int(r, 900, 6200);
      if (!crowd || n > crowd.n) crowd = { n, ground: home.ground };
      if (hg === ag) {
        points[h]! += 1;
        points[a]! += 1;
        if (hg === 0) lines.push(`${home.name} and ${away.name} played out a goalless draw at ${home.ground}${r() < 0.5 ? `, watched by a crowd of ${n.toLocaleString('en')}` : ''}.`);
        else lines.push(`${home.name} and ${away.name} drew ${hg}-${ag} at ${home.ground}, ${pick(r, away.players)} equalising in the ${ordinal(int(r, 60, 90))} minute.`);
        continue;
      }
      const homeWon = hg > ag;
      const [w, l] = homeWon ? [home, away] : [away, home];
      const [wg, lg] = homeWon ? [hg, ag] : [ag, hg];
      points[homeWon ? h : a]! += 3;
      const scorer = pick(r, w.players);
      const detail =
        wg >= 3 && r() < 0.5
          ? `, with ${scorer} scoring a hat-trick`
          : wg >= 2 && r() < 0.6
            ? `, with ${scorer} scoring twice`
            : wg - lg === 1
              ? `, ${scorer} getting the winner in the ${ordinal(int(r, 55, 90))} minute`
              : `, ${scorer} opening the scoring after ${int(r, 3, 40)} minutes`;
      lines.push(homeWon ? `${w.name} beat ${l.name} ${wg}-${lg} at ${home.ground}${detail}.` : `${w.name} won ${wg}-${lg} away to ${l.name} at ${home.ground}${detail}.`);
      if (!best || wg - lg > best.margin) best = { winner: w.name, loser: l.name, margin: wg - lg };
    }
    const ranked = TEAMS.map((t, k) => ({ name: t.name, pts: points[k]! })).sort((x, y) => y.pts - x.pts || x.name.localeCompare(y.name));
    const first = ranked[0]!;
    const second = ranked[1]!;
    const last = ranked[ranked.length - 1]!;
    const intro = expand(r, pick(r, ['Round {round} of the Tamsin League was played on Saturday and Sunday, with {total} goals in four matches.', "The Tamsin League's round {round} {brought|produced} {total} goals in four matches this weekend."]), {
      round: String(round),
      total: String(total),
    });
    const standing =
      first.pts === second.pts
        ? `After ${round} rounds, ${first.name} and ${second.name} share the lead on ${first.pts} points.`
        : `After ${round} rounds, ${first.name} ${pick(r, ['lead', 'top'])} the table on ${first.pts} points, ${pointsPhrase(first.pts - second.pts)} ahead of ${second.name}.`;
    const bottom = pick(r, [`${last.name} remain bottom with ${last.pts} points.`, `At the other end of the table, ${last.name} have ${last.pts} points.`]);
    const next = fixtures(round + 1)[int(r, 0, 3)]!;
    const recurring = shuffle(r, [
      "The Tamsin League's eight clubs play each other three times in a season that runs from September to May.",
      "The Harbour Ledger's roundup of the Tamsin League appears every Sunday evening.",
      `Next weekend's fixtures include ${TEAMS[next[0]]!.name} against ${TEAMS[next[1]]!.name}.`,
    ]).slice(0, 2);
    const sentences = [intro, ...lines, `The biggest crowd of the weekend, ${crowd!.n.toLocaleString('en')}, was at ${crowd!.ground}.`, standing, bottom, ...recurring];
    const title = best
      ? `Tamsin League round ${round}: ${best.winner} ${best.margin >= 3 ? 'thrash' : best.margin === 2 ? 'beat' : 'edge'} ${best.loser}`
      : `Tamsin League round ${round}: honours even across the league`;
    out.push(item('sports-tamsin-league', event, event, date, '21:00', OUTLETS.ledger, title, sentences, r));
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// A morning briefing every weekday: three or four unrelated local items.

const TOWNS = ['Veldham', 'Saltreach', 'Tarnwick', 'Orrindale', 'Corvey Bay', 'Dunmarrow', 'Hartwell', 'Greyfell'];
const STREETS = ['Harbour Road', 'Station Street', 'Mill Lane', 'Kingsgate', 'Orchard Row', 'Beacon Hill', "Tanner's Walk", 'Elm Parade', 'Quay Street', 'Fenwick Avenue', 'Chapel Lane', 'Ropewalk'];
const FIRST_NAMES = ['Anna', 'Ben', 'Carys', 'Dev', 'Elif', 'Frank', 'Greta', 'Hugo', 'Isla', 'Jamal', 'Kirsten', 'Leon', 'Mira', 'Niall', 'Oona', 'Pavel', 'Rosa', 'Samir', 'Tessa', 'Viktor'];
const LAST_NAMES = ['Abbott', 'Brennan', 'Carver', 'Dunne', 'Eastwood', 'Fischer', 'Galloway', 'Hartigan', 'Ingram', 'Joyce', 'Kowal', 'Lindgren', 'Mercer', 'Norberg', 'Ortega', 'Prentice', 'Quinlan', 'Rasmussen', 'Sorley', 'Thorne'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** [headline, sentence]; slots: town, street, street2, name, day, day2, n, m, money, minutes. */
const BRIEF_ITEMS: [string, string][] = [
  ['{town} library to open later on weekdays', 'The library in {town} will stay open until {7|8} p.m. on weekdays from next month, the county said.'],
  ['Road works close {street} in {town}', '{street} in {town} will be closed to traffic for {m} weeks from Monday while old water pipes are replaced.'],
  ['{town} bakery wins county bread prize', "A bakery on {street} in {town} won the county's best loaf prize for a {rye|spelt|seeded|barley} sourdough, beating {n} other entries."],
  ['{n} new streetlights for {town}', 'Councillors in {town} approved {n} new streetlights along {street}, after residents complained the road was too dark to walk at night.'],
  ['{town} school choir reaches national final', 'The choir of {town} High School will sing at the national youth choir final in {May|June}, the first time it has reached the last round.'],
  ['Missing spaniel home after {m} days', 'A spaniel that went missing on a walk near {town} was found {m} days later in a garden on {street} and is back with its owner, {name}.'],
  ['Charity swim raises {money}', 'A sponsored swim at the {town} pool raised {money} for the county hospice, organiser {name} said.'],
  ['Bus route {n} to change in {town}', 'From next Monday, bus route {n} will no longer stop on {street} in {town}; riders should use the stop on {street2} instead.'],
  ['{town} pool reopens after repairs', 'The public swimming pool in {town} reopens on {day} after {m} weeks of repairs to its roof.'],
  ["Farmers' market moves to {street}", "The {town} farmers' market will move to {street} from next month while its usual square is repaved."],
  ['Recycling day changes in {town}', 'Households in {town} will have their recycling collected on {day}s instead of {day2}s from next week.'],
  ['Community garden in {town} gets {money} grant', 'A community garden on {street} in {town} has been given {money} by the county to build raised beds and a tool shed.'],
  ['{town} theatre announces its season', 'The Little Theatre in {town} will stage {m} plays this season, opening with a comedy written by local teacher {name}.'],
  ['Cycle lane plan for {street}', 'The county is asking residents of {town} for views on a protected cycle lane along {street}, with comments open for {m} weeks.'],
  ['Vintage car rally comes to {town}', 'About {n} vintage cars will gather on {street} in {town} on Saturday before a rally along the coast road.'],
  ['{n} trees planted in {town} park', "Volunteers planted {n} oak and birch saplings in {town}'s riverside park over the weekend."],
  ['Late-night pharmacy opens in {town}', 'A pharmacy on {street} in {town} will now stay open until midnight every day, the first in the town to do so.'],
  ['{town} painter wins coast art prize', "{name}, a painter from {town}, won this year's coast painting prize of {money} for a picture of the harbour at dawn."],
  ['New pitch for {town} amateur football club', '{town} Amateurs will play on a new all-weather pitch from next season after raising {money} from local businesses.'],
  ['Fire station open day in {town}', 'The fire station in {town} holds an open day on Saturday, with engine rides for children and a demonstration of a car rescue.'],
  ['{town} chess player takes on {n} at once', '{name} of the {town} chess club played {n} opponents at once on Saturday and lost only two games.'],
  ['Marl Islands ferry to leave earlier', 'The ferry to the Marl Islands will leave Corvey Bay {minutes} minutes earlier on weekdays from next month, the operator said.'],
  ['Author signs new book in {town}', '{name}, whose novels are set on the Tamsin Coast, will sign copies of a new book at the {town} bookshop on {day}.'],
  ['Post office counter moves in {town}', 'The post office counter in {town} will move into the supermarket on {street} from {day}.'],
  ['Apprenticeship fair draws {n} in {town}', 'About {n} young people went to an apprenticeship fair at {town} college, where {m} employers had stands.'],
  ['Church bells ring again in {town}', "The bells of St. {Olave|Brigid|Cuthbert|Aidan}'s church in {town} rang on Sunday for the first time in {m} years after a restoration paid for by parishioners."],
  ['New playground for {town} park', "Work starts next month on a new playground in {town}'s Memorial Park, at a cost of {money}."],
  ['Speed limit cut on {street}', 'The speed limit on {street} in {town} will drop to 30 kilometres an hour from next month after {m} accidents in three years.'],
  ['Blood donors needed in {town}', 'The blood service will hold a donation session at {town} community hall on {day}, and about {n} donors are needed.'],
  ['Lost property auction in {town}', "Unclaimed items from {town}'s lost property office, including {n} umbrellas, go under the hammer on {day}."],
];

function briefing(seed: number): StreamItem[] {
  const out: StreamItem[] = [];
  for (let d = 0; d < 77; d++) {
    const date = dayAfterStart(d);
    const day = weekday(date);
    if (day === 'Saturday' || day === 'Sunday') continue;
    const event = `briefing-courier-${date}`;
    const r = seeded(event, seed);
    const chosen = shuffle(r, BRIEF_ITEMS).slice(0, int(r, 3, 4));
    const heads: string[] = [];
    const lines: string[] = [];
    for (const [head, line] of chosen) {
      const [street, street2] = shuffle(r, STREETS);
      const [day1, day2] = shuffle(r, DAYS);
      const slots = {
        town: pick(r, TOWNS),
        street: street!,
        street2: street2!,
        name: `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`,
        day: day1!,
        day2: day2!,
        n: String(int(r, 12, 140)),
        m: String(int(r, 2, 12)),
        money: `$${(int(r, 2, 90) * 500).toLocaleString('en')}`,
        minutes: String(int(r, 2, 6) * 5),
      };
      // One generator per item keeps the headline and its sentence on the same slots.
      const h = seeded(`${event}/${head}`, seed);
      heads.push(expand(h, head, slots));
      lines.push(expand(h, line, slots));
    }
    const when = `${day}, ${monthDay(date)}`;
    const count = lines.length === 3 ? 'three' : 'four';
    const temp = Math.round(6 + d / 8 + int(r, -2, 2));
    const sentences = [
      expand(r, pick(r, ['Good morning, and welcome to the Courier Morning Briefing for {when}.', 'Good morning. It is {when}, and this is the Courier Morning Briefing.']), { when }),
      expand(r, 'Here are {count} things {to know|worth knowing} before you {leave the house|start your day}.', { count }),
      ...lines,
      expand(r, 'The weather: {cloudy|bright|damp|breezy} this morning, with a high of {temp} degrees{ and showers by the afternoon| and a dry evening|}.', { temp: String(temp) }),
      ...shuffle(r, [
        "The Morning Briefing is written by the Valley Courier's early desk and arrives every weekday at 6:30 a.m.",
        'For the full stories, and for everything else happening on the Tamsin Coast, read the Valley Courier online.',
        day === 'Friday' ? 'Have a good weekend, and we will be back on Monday.' : `Have a good ${day}, and we will be back tomorrow.`,
      ]),
    ];
    const title = `Morning Briefing for ${when}: ${heads[0]!}, ${heads[1]!.charAt(0).toLowerCase()}${heads[1]!.slice(1)} and more`;
    out.push(item('briefing-courier', event, event, date, '06:30', OUTLETS.courier, title, sentences, r));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// A weekly stock-market column, every Friday: the same index and many of the same companies.

const COMPANIES = ['Northgate Bank', 'Kerrigan Foods', 'Quayside Retail', 'Coast Energy', 'Tamsin Water', 'Fennick Software', 'Halvorsen Freight', 'Bluewater Logistics', 'Marrowfield Energy', 'Veldham Mutual', 'Arlo Cement', 'Pennant Telecom'];
const UP_REASONS = ['after a broker raised its price target', 'on hopes of lower interest rates', 'after winning a large contract', 'after reporting strong sales', 'as investors returned to the sector'];
const DOWN_REASONS = ['after a broker cut its rating', 'as its finance director resigned', 'on worries about weaker demand', 'after warning that costs were rising', 'as investors took profits after a strong run'];
/** Moves that follow the week's news, by the Friday's date. */
const NEWS_MOVES: Record<string, [string, number, string][]> = {
  '2025-02-07': [['Marrowfield Energy', 4.6, 'after its fourth-quarter profit beat forecasts']],
  '2025-02-28': [
    ['Bluewater Logistics', 24.3, 'after agreeing to a $2.3 billion takeover by Halvorsen Freight'],
    ['Halvorsen Freight', -3.1, 'as investors weighed the cost of the deal'],
  ],
  '2025-03-07': [['Bluewater Logistics', -2.0, 'after the competition regulator opened a review of its takeover']],
  '2025-04-18': [['Marrowfield Energy', -5.8, 'after announcing 400 job cuts alongside weaker first-quarter results']],
};

function marketWrap(seed: number): StreamItem[] {
  const dates = schedule(4, 7, 11);
  let level = 4812.5;
  return dates.map((date) => {
    const event = `market-wrap-${date}`;
    const r = seeded(event, seed);
    const change = Math.round((r() * 5 - 2.3) * 10) / 10 || 0.4;
    level = Math.round(level * (1 + change / 100) * 10) / 10;
    const news = NEWS_MOVES[date] ?? [];
    const others = shuffle(
      r,
      COMPANIES.filter((c) => !news.some((m) => m[0] === c)),
    )
      .slice(0, 3 - Math.min(news.length, 2))
      .map((c): [string, number, string] => {
        const up = r() < 0.5;
        const pct = Math.round((0.8 + r() * 6) * 10) / 10;
        return [c, up ? pct : -pct, pick(r, up ? UP_REASONS : DOWN_REASONS)];
      });
    const movers = [...news, ...others];
    const moveLines = movers.map(([c, pct, why]) =>
      expand(r, pct > 0 ? '{company} {rose|gained|climbed} {pct} percent {why}.' : '{company} {fell|lost|slipped} {pct} percent {why}.', { company: c, pct: Math.abs(pct).toFixed(1), why }),
    );
    const sentences = [
      `The Tamsin 40 index ${change >= 0 ? 'rose' : 'fell'} ${Math.abs(change).toFixed(1)} percent this week, closing at ${level.toLocaleString('en', { minimumFractionDigits: 1 })} on Friday.`,
      ...moveLines,
      expand(r, 'Trading was {light|heavy|about average}, with about {n} million shares changing hands on Friday.', { n: String(int(r, 38, 95)) }),
      ...shuffle(r, [
        expand(r, 'Bond yields edged {up|down} as investors {waited for|digested} the central bank\'s latest comments on interest rates.'),
        'The dollar was little changed against the main currencies.',
        expand(r, 'Oil prices {rose|fell} for a {second|third} week, which {helped|weighed on} energy shares.'),
        expand(r, 'Smaller companies {did better than|lagged} the index over the week.'),
      ]).slice(0, 2),
      "The Week on the Tamsin Exchange is the Harbour Ledger's Friday look at the region's stock market.",
      expand(r, 'Next week, investors will watch {for retail sales figures|the central bank\'s meeting|for inflation figures|for results from Kerrigan Foods and Pennant Telecom}.'),
    ];
    const top = movers.reduce((a, b) => (Math.abs(b[1]) > Math.abs(a[1]) ? b : a));
    const title = `The Week on the Tamsin Exchange: Tamsin 40 ${change >= 0 ? 'gains' : 'slips'} ${Math.abs(change).toFixed(1)}%, ${top[0]} ${top[1] > 0 ? 'leads' : 'lags'}`;
    return item('market-wrap', event, event, date, '18:30', OUTLETS.ledger, title, sentences, r);
  });
}

export function seriesItems(seed: number): StreamItem[] {
  return [...column(seed), ...releases(seed), ...podcast(seed), ...sports(seed), ...briefing(seed), ...marketWrap(seed)];
}

/**
 * The stream's news events: multi-day stories told by several outlets in their own words,
 * sibling events a reader keeps apart (two storms, two strikes at one port, two quarterly
 * results of one company, a port strike and a teachers' strike in the same week), a trial
 * weeks after the robbery it names, and a few one-off local stories. Every name, place,
 * company and figure is invented.
 *
 * A sentence may hold "{a|b}" alternatives, so two outlets using one sentence still word it
 * differently, and "{outlet}" for the outlet's own name. Leads and body sentences are written
 * for the days their phase covers ("on Tuesday" in a Tuesday or Wednesday report);
 * background sentences fit any day.
 */
import { OUTLETS } from './text.js';

export interface Phase {
  titles: string[];
  leads: string[];
  body: string[];
}

export interface StorySpec {
  event: string;
  mayJoin?: string;
  phases: Phase[];
  background: string[];
  /** When ("MM-DD HH:MM", 2025), outlet, phase, and which of the phase's leads opens the report. */
  reports: [string, string, number, number][];
}

const HL = OUTLETS.ledger;
const VC = OUTLETS.courier;
const NT = OUTLETS.times;
const TCP = OUTLETS.post;
const PR = OUTLETS.radio;
const BF = OUTLETS.bytefield;

const fire: StorySpec = {
  event: 'fire-tarnwick',
  phases: [
    {
      titles: [
        `Three dead in {overnight|early-morning} fire at Tarnwick plastics plant`,
        `Fire at Ardent Polymers plant in Tarnwick kills three, injures 17`,
        `{Blaze|Fire} tears through Ardent Polymers factory{| in Tarnwick}`,
        `Tarnwick residents told to stay indoors as plastics plant burns`,
      ],
      leads: [
        `Three workers were killed and 17 injured when fire swept through the Ardent Polymers plant in Tarnwick {early on Tuesday|in the early hours of Tuesday}, the Tamsin County Fire Service said.`,
        `A fire that broke out shortly after 2 a.m. on Tuesday at the Ardent Polymers factory in Tarnwick killed three people and sent 17 others to hospital, {officials said|according to fire officials}.`,
        `{Firefighters|Crews} spent most of Tuesday battling a fire at the Ardent Polymers plastics plant in Tarnwick that left three workers dead and 17 hurt.`,
      ],
      body: [
        `Fire chief Helena Strand said the {blaze|fire} started in the mixing hall, where about 40 people were working the night shift.`,
        `{More than 90|Some 90} firefighters from six stations were sent to the site, and the fire was declared under control at about 11 a.m.`,
        `Residents within two kilometres of the plant were told to keep windows closed because of thick black smoke {drifting|blowing} over the town.`,
        `Four of the injured were in serious condition at Tarnwick General Hospital on Tuesday evening, a hospital spokesperson said.`,
        `"Our crews went into a building that was fully alight," Strand told reporters at the gates. "They got people out who would not otherwise have made it."`,
        `Ardent Polymers chief executive Martin Quayle said the company was "devastated" and would {cooperate fully|work closely} with investigators.`,
        `The cause of the fire was not yet known, and the names of the dead had not been released {by Tuesday night|on Tuesday}.`,
        `Witnesses described hearing a series of loud bangs before flames broke through the roof of the main building.`,
      ],
    },
    {
      titles: [
        `Victims of Tarnwick factory fire named as investigators {enter|search} the plant`,
        `Ardent Polymers fire: families mourn three workers{| killed in Tarnwick}`,
        `Safety record of Ardent Polymers under scrutiny after deadly fire`,
        `Tarnwick fire investigators focus on mixing hall`,
      ],
      leads: [
        `The three workers killed in Tuesday's fire at the Ardent Polymers plant in Tarnwick were named on Wednesday as Declan Moss, 52, Farida Osei, 38, and Piotr Lenz, 24.`,
        `Investigators began {searching|examining} the burnt-out mixing hall of the Ardent Polymers plant in Tarnwick on Thursday, two days after a fire there killed three workers and injured 17.`,
        `Questions about safety at Ardent Polymers grew on Thursday after it emerged that state inspectors had cited the Tarnwick plant twice in the past three years.`,
      ],
      body: [
        `Declan Moss had worked at the plant for 26 years, and colleagues described him as the man who trained half the night shift.`,
        `Farida Osei, a shift supervisor, was a mother of two who {coached|ran} a youth netball team in Tarnwick.`,
        `Piotr Lenz had joined Ardent Polymers as an apprentice {less than a year ago|eleven months earlier}.`,
        `The Tamsin Workplace Safety Board said it had fined Ardent Polymers $85,000 in 2022 over blocked fire exits in the same building.`,
        `Fire chief Helena Strand said investigators were looking at an electrical cabinet near one of the resin mixers.`,
        `Eleven of the 17 injured workers {have now|have} been released from Tarnwick General Hospital, and two remain in intensive care.`,
        `Martin Quayle, the company's chief executive, met the families on Wednesday and said production would not resume until the investigation was complete.`,
        `A vigil outside Tarnwick town hall on Wednesday evening drew several hundred people, many of them former workers at the plant.`,
      ],
    },
    {
      titles: [
        `Faulty wiring blamed for deadly Ardent Polymers fire`,
        `Tarnwick fire started in {overloaded|overheating} electrical cabinet, investigators say`,
        `Hundreds attend funeral of Tarnwick fire victim`,
        `Ardent Polymers {faces|could face} charges over February 11 fire`,
      ],
      leads: [
        `The fire that killed three workers at the Ardent Polymers plant in Tarnwick on February 11 was caused by an overloaded electrical cabinet in the mixing hall, investigators said on Monday.`,
        `Hundreds of people filled St. Brannoc's Church in Tarnwick on Tuesday for the funeral of Declan Moss, one of three workers killed in the February 11 fire at the Ardent Polymers plant.`,
        `Prosecutors said on Wednesday they were weighing charges against Ardent Polymers after investigators traced last week's deadly fire at its Tarnwick plant to a known electrical fault.`,
      ],
      body: [
        `The fire service report said a cabinet feeding two resin mixers had been reported as overheating at least three times in January.`,
        `Helena Strand said the sprinklers in the mixing hall worked, but could not reach the area above the cabinet where the fire spread into the roof.`,
        `Ardent Polymers said in a statement that it had hired an outside engineering firm to inspect every electrical system at the plant.`,
        `The company has said that the 260 workers at the Tarnwick site will {continue to be paid|keep their full pay} while the plant is closed.`,
        `The union representing the plant's workers, the Tamsin Industrial Workers Guild, called for a public inquiry.`,
        `Two of the injured workers remained in hospital {a week after the fire|more than a week later}.`,
      ],
    },
  ],
  background: [
    `Ardent Polymers makes plastic pellets and packaging film and is one of the largest employers in Tarnwick, with about 260 staff.`,
    `The plant on Quarry Road opened in 1987 and was expanded in 2015.`,
    `Tarnwick, a town of about 18,000 people, lies 30 kilometres inland from Saltreach.`,
    `The fire was the deadliest industrial accident in Tamsin County in more than a decade.`,
    `Ardent Polymers is privately owned; the Quayle family has controlled it since it was founded.`,
  ],
  reports: [
    ['02-11 07:15', TCP, 0, 0],
    ['02-11 09:40', HL, 0, 1],
    ['02-11 12:05', VC, 0, 2],
    ['02-11 17:30', NT, 0, 0],
    ['02-11 19:10', PR, 0, 1],
    ['02-12 10:20', TCP, 1, 0],
    ['02-12 16:45', HL, 1, 0],
    ['02-13 11:00', VC, 1, 1],
    ['02-13 18:30', NT, 1, 2],
    ['02-17 13:10', TCP, 2, 0],
    ['02-17 15:25', HL, 2, 0],
    ['02-18 17:00', VC, 2, 1],
    ['02-19 09:30', NT, 2, 2],
  ],
};

const portBackground = [
  `Port Saltreach handles about 40 percent of the container traffic on the Tamsin Coast.`,
  `{Roughly|About} 9,000 containers pass through the terminal in a normal week.`,
];

const strikeFebruary: StorySpec = {
  event: 'strike-saltreach-february',
  phases: [
    {
      titles: [
        `Dockworkers walk out at Port Saltreach{| over pay}`,
        `Port Saltreach {halted|at a standstill} as 1,200 dockworkers strike`,
        `Saltreach dock strike begins, ships {queue|wait} offshore`,
      ],
      leads: [
        `About 1,200 dockworkers at Port Saltreach walked off the job at 6 a.m. on Monday, halting container traffic at the Tamsin Coast's busiest port in a dispute over pay.`,
        `Port Saltreach ground to a halt on Monday as members of the Saltreach Dockworkers Union began an open-ended strike, demanding a 9 percent pay rise over two years.`,
      ],
      body: [
        `Union secretary Dora Kettering said the port authority's offer of 4 percent "does not cover what our members have lost to rent and food prices since 2022".`,
        `By Monday afternoon 14 container ships were anchored off the breakwater waiting for berths, according to harbour control.`,
        `The Saltreach Port Authority said it was "disappointed" by the walkout and urged the union to return to talks.`,
        `Picket lines formed at all three gates of the container terminal, and {trucks|lorries} were turned back from the Harbour Road entrance.`,
        `Port authority chief executive Anders Milne said the offer on the table was "fair and affordable".`,
        `Exporters warned that {fruit|refrigerated cargo} waiting at the terminal could spoil if the stoppage lasted more than a few days.`,
      ],
    },
    {
      titles: [
        `Saltreach strike: {23|twenty-three} ships now waiting as talks stall`,
        `Businesses count cost of Port Saltreach strike`,
        `Mediator called in as Saltreach dock strike drags on`,
      ],
      leads: [
        `The number of ships waiting off Port Saltreach rose to 23 on Wednesday, the third day of a strike by 1,200 dockworkers, as the union and the port authority traded blame for the deadlock.`,
        `Exporters on the Tamsin Coast said on Thursday they were losing about $6 million a day as the strike at Port Saltreach entered its fourth day.`,
        `A state mediator, Ruth Calloway, {met|sat down with} both sides of the Port Saltreach dispute on Friday, five days after the dockworkers' strike began.`,
      ],
      body: [
        `Dora Kettering of the Saltreach Dockworkers Union said members would stay out until the offer "starts with a six".`,
        `The Saltreach Port Authority raised its offer to 5 percent on Wednesday, which the union rejected within hours.`,
        `Some shipping lines have begun diverting vessels to ports further north, adding two days to delivery times.`,
        `Supermarket chains said shelves of imported fruit could run short by the weekend.`,
        `Anders Milne said the port was losing about $1.2 million in fees each day the terminal stayed closed.`,
        `Strikers have kept up pickets around the clock, with food donated by local restaurants.`,
      ],
    },
    {
      titles: [
        `Port Saltreach strike ends with 6.5 percent pay deal`,
        `Dockworkers back deal, Saltreach port reopens`,
        `Saltreach port clears backlog after week-long strike`,
      ],
      leads: [
        `The week-long strike at Port Saltreach ended on Monday after dockworkers voted to accept a 6.5 percent pay rise over two years, the Saltreach Dockworkers Union said.`,
        `Cranes were moving again at Port Saltreach on Tuesday as the port began clearing a backlog of 27 ships left by the dockworkers' strike that began on February 17.`,
      ],
      body: [
        `Members voted 812 to 301 in favour of the deal, Dora Kettering said, calling it "a result we won on the picket line".`,
        `Under the agreement, the port authority will also pay a one-off bonus of $1,500 to each worker.`,
        `Anders Milne said the settlement was "expensive but fair" and thanked customers for their patience.`,
        `Harbour control said it expected the queue of ships to be cleared by the end of the week.`,
        `The mediator, Ruth Calloway, said both sides had "moved a long way" over the weekend.`,
      ],
    },
  ],
  background: [
    ...portBackground,
    `The Saltreach Dockworkers Union represents crane operators, lashers and truck drivers at the container terminal.`,
    `The last strike at the port, in 2019, lasted three days.`,
    `Dockworkers' pay at Saltreach last rose by 3 percent in 2022, under an agreement that expired in December.`,
  ],
  reports: [
    ['02-17 08:10', TCP, 0, 0],
    ['02-17 11:30', HL, 0, 1],
    ['02-17 15:00', VC, 0, 0],
    ['02-17 18:20', PR, 0, 1],
    ['02-19 09:00', TCP, 1, 0],
    ['02-19 14:10', HL, 1, 0],
    ['02-20 12:00', VC, 1, 1],
    ['02-20 17:45', NT, 1, 1],
    ['02-21 16:30', TCP, 1, 2],
    ['02-24 13:00', HL, 2, 0],
    ['02-24 16:40', TCP, 2, 0],
    ['02-24 19:00', PR, 2, 0],
    ['02-25 10:15', VC, 2, 1],
  ],
};

const strikeMarch: StorySpec = {
  event: 'strike-saltreach-march',
  phases: [
    {
      titles: [
        `Saltreach dockworkers strike again, this time over automated cranes`,
        `{48-hour|Two-day} walkout shuts Port Saltreach`,
        `Port Saltreach closed as union fights {automation plan|remote-controlled cranes}`,
      ],
      leads: [
        `Dockworkers at Port Saltreach began a 48-hour strike on Monday, their second stoppage this year, in protest at the port authority's plan to bring in remote-controlled cranes at the container terminal.`,
        `About 1,450 members of the Saltreach Dockworkers Union walked out at Port Saltreach on Monday over a plan to automate 11 of the terminal's cranes, which the union says would cut 320 jobs.`,
        `Port Saltreach stayed shut for a second day on Tuesday as 1,450 dockworkers kept up a 48-hour strike against a plan to bring in remote-controlled cranes.`,
      ],
      body: [
        `Dora Kettering, the union's secretary, said the automation plan broke a promise made in the pay deal that ended February's strike.`,
        `The port authority wants the first six remote-controlled cranes working by October, at a cost of $210 million.`,
        `Anders Milne, the port authority's chief executive, said no worker would be made redundant and that training would be offered to crane drivers.`,
        `Union members also object to a proposed change to night rosters, which would move from eight-hour to twelve-hour shifts.`,
        `Nineteen ships were waiting off the breakwater by Monday evening, harbour control said.`,
        `Unlike the pay dispute, this walkout was called for a fixed 48 hours, ending at 6 a.m. on Wednesday.`,
      ],
    },
    {
      titles: [
        `Port Saltreach reopens as automation plan is put on hold`,
        `Saltreach port agrees to delay remote cranes by 18 months`,
        `Dockworkers return after two-day Saltreach strike`,
      ],
      leads: [
        `Port Saltreach reopened on Wednesday after the port authority agreed to delay its plan for remote-controlled cranes by 18 months, ending a two-day strike by 1,450 dockworkers.`,
        `The Saltreach Port Authority and the dockworkers' union said on Thursday they would set up a joint committee on automation, a day after the end of a 48-hour strike that left 31 ships waiting.`,
      ],
      body: [
        `The agreement keeps eight-hour night shifts in place until at least 2027.`,
        `Dora Kettering said the union was "not against technology, but against being told about it in a press release".`,
        `Anders Milne said the 18-month delay would cost the port about $15 million in lost efficiency.`,
        `Shipping agents said the backlog of 31 vessels should be cleared within four days.`,
        `The joint committee will include four union members, four managers and an independent chair.`,
      ],
    },
  ],
  background: [
    ...portBackground,
    `The Saltreach Dockworkers Union struck for a week in February over pay, winning a 6.5 percent rise over two years.`,
    `The container terminal has 16 ship-to-shore cranes, the oldest of them bought in 1998.`,
    `Ports elsewhere in the region have brought in remote-controlled cranes over the past decade, often after long disputes.`,
  ],
  reports: [
    ['03-31 07:50', TCP, 0, 0],
    ['03-31 10:30', HL, 0, 1],
    ['03-31 13:40', VC, 0, 0],
    ['03-31 17:15', NT, 0, 1],
    ['04-01 09:20', TCP, 0, 2],
    ['04-01 15:00', PR, 0, 2],
    ['04-02 11:10', HL, 1, 0],
    ['04-02 14:30', TCP, 1, 0],
    ['04-03 10:00', VC, 1, 1],
    ['04-03 16:20', NT, 1, 1],
  ],
};

const teachers: StorySpec = {
  event: 'strike-orrindale-teachers',
  phases: [
    {
      titles: [`Orrindale schools to close as teachers plan strike`, `Teachers in Orrindale {set to|will} strike on Wednesday`],
      leads: [
        `Thirty-four schools in Orrindale will close on Wednesday when about 900 teachers stage a one-day strike over class sizes, the Orrindale Education Association said on Tuesday.`,
      ],
      body: [
        `The association's president, Marcus Tembo, said some primary classes now had 34 pupils, against a promised limit of 28.`,
        `The Orrindale School District said it had offered to hire 40 extra teaching assistants, which the association called "a plaster on a broken leg".`,
        `Parents were told to make other arrangements for Wednesday, and the district said school buses would not run.`,
        `District superintendent Elena Varga said she regretted the strike but that the budget did not allow for more teachers this year.`,
      ],
    },
    {
      titles: [`Orrindale teachers strike, closing 34 schools`, `Hundreds of teachers rally outside Orrindale district office`],
      leads: [
        `About 900 teachers in Orrindale went on strike on Wednesday, closing all 34 of the district's schools for the day in a dispute over class sizes.`,
        `Striking teachers marched through central Orrindale on Wednesday, carrying {cardboard|handmade} signs reading "28 is enough".`,
      ],
      body: [
        `Marcus Tembo told the rally that teachers "would rather be in the classroom, if only there were room in it".`,
        `Several parents joined the march with their children, who had the day off.`,
        `Elena Varga, the district superintendent, said the district would meet the association again next week.`,
        `The strike is the first by Orrindale teachers since 2011.`,
      ],
    },
    {
      titles: [`Orrindale teachers back in class, talks set for next week`],
      leads: [
        `Teachers in Orrindale returned to their classrooms on Thursday, a day after a one-day strike over class sizes, with talks between the union and the school district set for February 26.`,
      ],
      body: [
        `Marcus Tembo said further strikes were possible if the district did not agree a cap of 28 pupils a class.`,
        `Elena Varga said she was "hopeful" about next week's talks.`,
        `The district said the strike had cost about $400,000 in cancelled bus and catering contracts.`,
      ],
    },
  ],
  background: [
    `The Orrindale School District has about 21,000 pupils across 34 schools.`,
    `The Orrindale Education Association represents about 900 teachers, nearly all of the district's teaching staff.`,
    `Enrolment in Orrindale has grown by about 12 percent in five years as new housing estates opened on the edge of town.`,
    `Orrindale lies about 40 kilometres south of Veldham on the River Quenby.`,
  ],
  reports: [
    ['02-18 12:00', VC, 0, 0],
    ['02-18 17:30', TCP, 0, 0],
    ['02-19 09:45', VC, 1, 0],
    ['02-19 13:20', TCP, 1, 1],
    ['02-19 18:00', HL, 1, 0],
    ['02-20 11:30', VC, 2, 0],
    ['02-20 15:15', TCP, 2, 0],
  ],
};

const bridge: StorySpec = {
  event: 'bridge-carrow',
  phases: [
    {
      titles: [
        `Carrow Bridge collapses in Orrindale, two dead`,
        `{Cars|Vehicles} plunge into River Quenby as Orrindale bridge gives way`,
        `Two killed, nine hurt in Carrow Bridge collapse`,
      ],
      leads: [
        `Two people were killed and nine injured when a section of the Carrow Bridge in Orrindale collapsed into the River Quenby during the evening rush hour on Thursday, police said.`,
        `A 60-metre span of the Carrow Bridge in Orrindale gave way at about 5:20 p.m. on Thursday, sending five vehicles into the River Quenby below.`,
      ],
      body: [
        `Divers from the county rescue service pulled four people from the water, and others escaped by climbing onto the collapsed deck.`,
        `Police Superintendent Graham Oduya said the search would continue through the night for anyone who might still be missing.`,
        `Witnesses said they heard a loud crack seconds before the central span dropped.`,
        `The bridge carries about 22,000 vehicles a day between the two halves of Orrindale.`,
        `"The road just disappeared in front of me," said a bus driver who stopped metres from the edge.`,
        `Orrindale's hospital declared a major incident and called in off-duty staff.`,
      ],
    },
    {
      titles: [
        `Carrow Bridge was flagged for corrosion in 2022 inspection`,
        `Victims of Orrindale bridge collapse named`,
        `Questions mount over Carrow Bridge inspections`,
      ],
      leads: [
        `An inspection of the Carrow Bridge in Orrindale found serious corrosion in its steel bearings in 2022, documents seen on Friday show, a day after the bridge's central span collapsed, killing two people.`,
        `The two people killed in Thursday's collapse of the Carrow Bridge in Orrindale were named on Friday as Nora Fairweather, 67, a retired nurse, and Samuel Ekwueme, 31, a delivery driver.`,
        `Deputy Transport Commissioner Imani Rourke said on Saturday that every bridge of the same design in Tamsin County would be inspected within a month, two days after the Carrow Bridge collapse in Orrindale.`,
      ],
      body: [
        `The 2022 report rated the bridge's condition as "poor" and recommended replacing the bearings within three years.`,
        `Imani Rourke said repairs had been scheduled for the summer, and that engineers had judged the bridge safe to use until then.`,
        `Six of the nine injured were still in hospital on Friday, one of them in critical condition.`,
        `Recovery crews began lifting the five vehicles out of the river with a floating crane.`,
        `Orrindale's mayor, Colin Ashdown, said the town had been "cut in two" and asked for an emergency ferry service.`,
        `Nine other bridges of the same 1960s box-girder design are in use in Tamsin County.`,
      ],
    },
    {
      titles: [`Temporary ferry links Orrindale after bridge collapse`, `Carrow Bridge to be replaced at cost of $140 million`],
      leads: [
        `A temporary ferry began carrying passengers across the River Quenby in Orrindale on Wednesday, six days after the collapse of the Carrow Bridge cut the town in two.`,
        `Tamsin County will replace the Carrow Bridge in Orrindale with a new crossing expected to cost $140 million, officials said on Thursday, a week after the collapse of the old bridge's central span killed two people on March 13.`,
      ],
      body: [
        `The ferry runs every 15 minutes from 6 a.m. to midnight and is free for the first month.`,
        `Drivers face a detour of about 25 kilometres through Dunmarrow.`,
        `Imani Rourke said a temporary steel bridge could be in place by the autumn.`,
        `Inspections of the nine bridges of the same design had found problems serious enough to close two of them to heavy trucks.`,
        `The families of Nora Fairweather and Samuel Ekwueme have asked for a public inquiry.`,
      ],
    },
  ],
  background: [
    `The Carrow Bridge was opened in 1968 and is the main road link between the east and west banks of Orrindale.`,
    `Orrindale, a town of about 45,000 people, lies on the River Quenby about 40 kilometres south of Veldham.`,
    `The bridge was last resurfaced in 2009.`,
    `Traffic on the bridge had grown by about a third since 2010, according to county figures.`,
  ],
  reports: [
    ['03-13 18:40', TCP, 0, 1],
    ['03-13 19:30', VC, 0, 0],
    ['03-13 21:05', HL, 0, 0],
    ['03-13 22:15', PR, 0, 1],
    ['03-14 09:10', TCP, 1, 1],
    ['03-14 12:45', NT, 1, 0],
    ['03-14 16:00', HL, 1, 1],
    ['03-15 11:20', VC, 1, 2],
    ['03-15 14:00', TCP, 1, 2],
    ['03-19 10:30', TCP, 2, 0],
    ['03-19 17:00', VC, 2, 0],
    ['03-20 13:15', HL, 2, 1],
    ['03-20 15:45', NT, 2, 1],
  ],
};

const election: StorySpec = {
  event: 'election-veldham',
  phases: [
    {
      titles: [`Veldham votes on Sunday in close mayoral race`, `Ashby and Lindqvist make final pitch to Veldham voters`],
      leads: [
        `Voters in Veldham go to the polls on Sunday to choose a mayor, with incumbent Gordon Ashby trailing challenger Priya Lindqvist in the last two opinion polls.`,
      ],
      body: [
        `Gordon Ashby, who has been mayor since 2017, has campaigned on his record of cutting the city's debt.`,
        `Priya Lindqvist, a former city councillor, has promised to build a tram line from the station to the university.`,
        `A poll published on Wednesday put Lindqvist on 49 percent and Ashby on 45 percent.`,
        `Polling stations open at 7 a.m. on Sunday and close at 9 p.m.`,
        `About 310,000 people are registered to vote in the city.`,
      ],
    },
    {
      titles: [
        `Lindqvist wins Veldham mayoral election`,
        `Veldham elects Priya Lindqvist as mayor, ousting Ashby`,
        `Ashby concedes as Lindqvist takes Veldham`,
      ],
      leads: [
        `Priya Lindqvist was elected mayor of Veldham on Sunday, defeating incumbent Gordon Ashby with 52.4 percent of the vote to his 44.1 percent.`,
        `Gordon Ashby conceded defeat on Monday morning after losing Sunday's Veldham mayoral election to Priya Lindqvist by more than eight points.`,
        `Veldham's new mayor, Priya Lindqvist, said on Monday that work on a tram line would begin within her first term, a day after she won Sunday's election with 52.4 percent of the vote.`,
      ],
      body: [
        `Turnout was 38 percent, up from 31 percent at the last mayoral election in 2021.`,
        `Lindqvist won in 14 of the city's 18 wards, including two that had backed Ashby for eight years.`,
        `"Veldham has voted for a city that moves," Lindqvist told supporters at the old corn exchange.`,
        `Ashby thanked his staff and said he would "not be a stranger" at city hall.`,
        `A third candidate, Felix Orme, took 3.5 percent.`,
        `The result was declared at 1:40 a.m. after a recount was ruled out.`,
      ],
    },
    {
      titles: [`Lindqvist sworn in as Veldham mayor`, `New Veldham mayor names deputy, {orders|asks for} tram study`],
      leads: [
        `Priya Lindqvist was sworn in as mayor of Veldham on Friday, five days after winning the March 23 election, and named councillor Jonas Whitlock as her deputy.`,
      ],
      body: [
        `Her first act was to ask city engineers for a route study for the tram line, due by September.`,
        `Gordon Ashby attended the ceremony and shook hands with his successor.`,
        `Lindqvist said she would keep Ashby's budget for the current year.`,
        `The ceremony at city hall was attended by about 300 people.`,
      ],
    },
  ],
  background: [
    `Veldham, with about 520,000 residents, is the largest city on the Tamsin Coast.`,
    `The mayor of Veldham serves a four-year term and controls a budget of about $1.9 billion.`,
    `Lindqvist stood for the Civic Renewal party; Ashby for the Veldham First list.`,
    `Traffic and housing costs dominated the campaign.`,
  ],
  reports: [
    ['03-21 10:00', VC, 0, 0],
    ['03-21 16:30', HL, 0, 0],
    ['03-23 23:50', TCP, 1, 0],
    ['03-24 01:55', VC, 1, 0],
    ['03-24 08:30', HL, 1, 1],
    ['03-24 12:10', NT, 1, 2],
    ['03-24 17:40', PR, 1, 1],
    ['03-25 09:00', TCP, 1, 2],
    ['03-28 14:20', VC, 2, 0],
    ['03-28 16:50', HL, 2, 0],
  ],
};

const merger: StorySpec = {
  event: 'merger-halvorsen-bluewater',
  phases: [
    {
      titles: [
        `Halvorsen Freight to buy Bluewater Logistics for $2.3 billion`,
        `Bluewater Logistics agrees to $2.3 billion takeover by Halvorsen`,
        `Halvorsen-Bluewater deal would create coast's largest freight group`,
      ],
      leads: [
        `Halvorsen Freight said on Wednesday it had agreed to buy Bluewater Logistics for $2.3 billion in cash, creating the largest freight and warehousing group on the Tamsin Coast.`,
        `Bluewater Logistics has agreed to be taken over by its larger rival Halvorsen Freight for $41 a share, a premium of 28 percent to Tuesday's closing price, the two companies announced on Wednesday.`,
        `Shares in Bluewater Logistics jumped 24 percent on Thursday, a day after the company agreed to a $2.3 billion takeover by Halvorsen Freight.`,
      ],
      body: [
        `Halvorsen chief executive Stefan Ruud said the deal would save about $90 million a year by 2027, mainly by combining warehouses.`,
        `Bluewater chief executive Lucia Marchetti will join Halvorsen's board once the deal closes.`,
        `The companies said about 600 jobs could go, most of them in head-office roles in Veldham.`,
        `The deal needs the approval of Bluewater shareholders and the Tamsin Competition Authority.`,
        `Together the two companies would run 54 warehouses and about 3,100 trucks.`,
        `Halvorsen will pay for the deal with cash and a new $1.5 billion bank loan.`,
      ],
    },
    {
      titles: [
        `Bluewater investor Orca Peak opposes Halvorsen bid`,
        `Competition regulator to review Halvorsen-Bluewater deal`,
        `Unions warn of job losses from Bluewater takeover`,
      ],
      leads: [
        `The Tamsin Competition Authority said on Monday it would open an in-depth review of Halvorsen Freight's $2.3 billion takeover of Bluewater Logistics, citing concerns about warehouse prices.`,
        `Orca Peak Capital, which owns 9 percent of Bluewater Logistics, said on Wednesday it would vote against the $2.3 billion takeover by Halvorsen Freight, calling the $41-a-share offer too low.`,
      ],
      body: [
        `The regulator said the combined company would control more than half of the refrigerated warehouse space around Port Saltreach.`,
        `Orca Peak said Bluewater was worth at least $48 a share on its own.`,
        `Stefan Ruud said Halvorsen had "no plans" to raise its offer.`,
        `The Tamsin Freight Workers Union said it would seek guarantees for the 600 jobs at risk.`,
        `The review is expected to take up to four months.`,
        `Bluewater's board said it still recommended the offer to shareholders.`,
      ],
    },
  ],
  background: [
    `Halvorsen Freight, based in Veldham, was founded in 1952 as a single trucking company.`,
    `Bluewater Logistics runs cold-storage warehouses and a fleet of refrigerated trucks serving supermarkets.`,
    `Halvorsen reported revenue of $3.4 billion last year; Bluewater's was $1.1 billion.`,
    `The two companies have competed for warehousing contracts along the coast for three decades.`,
  ],
  reports: [
    ['02-26 08:00', HL, 0, 0],
    ['02-26 09:30', NT, 0, 1],
    ['02-26 13:15', VC, 0, 0],
    ['02-26 18:00', TCP, 0, 1],
    ['02-27 11:40', HL, 0, 2],
    ['03-03 12:30', NT, 1, 0],
    ['03-03 15:00', HL, 1, 0],
    ['03-05 10:10', VC, 1, 1],
    ['03-05 14:45', NT, 1, 1],
    ['03-06 09:15', TCP, 1, 1],
  ],
};

const stormOdile: StorySpec = {
  event: 'storm-odile',
  phases: [
    {
      titles: [`Storm Odile to hit Tamsin Coast on Saturday`, `Red wind warning issued as Storm Odile approaches`],
      leads: [
        `Forecasters issued a red wind warning for the Tamsin Coast on Friday as Storm Odile moved in from the west, with gusts of up to 130 kilometres an hour expected on Saturday.`,
      ],
      body: [
        `The coastal road between Saltreach and Corvey Bay will close at midnight, county officials said.`,
        `Ferries to the Marl Islands were cancelled for the weekend.`,
        `Residents were urged to tie down garden furniture and stay away from the seafront.`,
        `The Tamsin Weather Office said Odile was the strongest storm forecast for the coast in four years.`,
      ],
    },
    {
      titles: [
        `Storm Odile leaves 40,000 homes without power`,
        `Man killed by falling tree as Storm Odile batters coast`,
        `Storm Odile: roofs torn off, coastal road shut`,
      ],
      leads: [
        `Storm Odile swept across the Tamsin Coast on Saturday with gusts of 130 kilometres an hour, cutting power to about 40,000 homes and tearing roofs from houses in Corvey Bay.`,
        `A 58-year-old man was killed by a falling tree in Corvey Bay during Storm Odile, police said on Sunday, as crews worked to restore power to 40,000 homes.`,
      ],
      body: [
        `The strongest gust, 134 kilometres an hour, was recorded at the Corvey Bay lighthouse at 3 p.m. on Saturday.`,
        `Coast Energy said fallen lines had cut supply to homes from Saltreach to Dunmarrow.`,
        `Firefighters answered more than 600 calls, most of them about fallen trees and loose roofing.`,
        `Waves overtopped the sea wall in Saltreach, flooding the car park of the fish market.`,
        `The man who died was named locally as Ronan Gilchrist, a fisherman.`,
        `Trains between Veldham and Corvey Bay were suspended after a tree fell on the line.`,
      ],
    },
    {
      titles: [`Clean-up begins after Storm Odile`, `Power back for most homes after Storm Odile`],
      leads: [
        `Crews had restored power to all but 3,000 homes on the Tamsin Coast by Monday evening, two days after Storm Odile brought down trees and power lines across the region.`,
        `The county council said on Tuesday that Storm Odile, which struck on February 8, caused an estimated $35 million in damage, much of it to roofs and sea defences in Corvey Bay.`,
      ],
      body: [
        `The coastal road between Saltreach and Corvey Bay reopened on Monday after crews cleared 40 fallen trees.`,
        `Insurers said they had received about 5,000 claims.`,
        `Schools in Corvey Bay reopened, except for one whose gymnasium roof was torn off.`,
        `Coast Energy said the last homes should be reconnected by Wednesday.`,
        `Council leader Amara Singh asked the state for emergency funds to repair the sea wall.`,
      ],
    },
  ],
  background: [
    `Storm Odile was the fourth storm to be named this winter.`,
    `Corvey Bay, a fishing town of about 12,000 people, sits on an exposed headland.`,
    `The Tamsin Coast's last major storm, in 2021, cut power to 55,000 homes.`,
    `Storms are named in alphabetical order by the Tamsin Weather Office.`,
  ],
  reports: [
    ['02-07 12:00', TCP, 0, 0],
    ['02-07 17:20', VC, 0, 0],
    ['02-08 13:30', TCP, 1, 0],
    ['02-08 16:00', HL, 1, 0],
    ['02-08 19:45', VC, 1, 0],
    ['02-09 10:20', NT, 1, 1],
    ['02-09 14:00', TCP, 1, 1],
    ['02-10 17:30', HL, 2, 0],
    ['02-10 18:10', TCP, 2, 0],
    ['02-11 11:00', VC, 2, 1],
  ],
};

const stormPerrin: StorySpec = {
  event: 'storm-perrin',
  phases: [
    {
      titles: [`Storm Perrin expected to bring floods on Sunday`, `Amber warning as Storm Perrin heads for Tamsin Coast`],
      leads: [
        `The Tamsin Weather Office warned on Saturday that Storm Perrin would bring up to 90 millimetres of rain and gusts of 145 kilometres an hour to the coast on Sunday, with flooding likely along the River Quenby.`,
      ],
      body: [
        `Sandbags were handed out in Orrindale, where the River Quenby burst its banks in 2020.`,
        `The ferry that has replaced the collapsed Carrow Bridge will not run during the storm.`,
        `Officials asked people not to travel unless necessary.`,
        `Coast Energy put 200 extra crews on standby.`,
      ],
    },
    {
      titles: [
        `Two dead as Storm Perrin floods Orrindale`,
        `Storm Perrin: 65,000 homes lose power, River Quenby floods`,
        `River Quenby bursts banks in Storm Perrin`,
      ],
      leads: [
        `Two people died and about 65,000 homes lost power on Sunday as Storm Perrin brought gusts of 145 kilometres an hour and heavy rain to the Tamsin Coast, flooding parts of Orrindale.`,
        `Residents of Orrindale began pumping water out of their homes on Monday after the River Quenby burst its banks during Storm Perrin, which killed two people on Sunday.`,
      ],
      body: [
        `A woman in her 70s died when her car was swept off a flooded road near Dunmarrow, police said.`,
        `A man was killed when a garden wall collapsed in Saltreach during the strongest gusts.`,
        `About 400 homes in the low-lying Mill Quarter of Orrindale were flooded, some to a depth of a metre.`,
        `The river rose 3.2 metres above its normal level at the Orrindale gauge.`,
        `Emergency shelters opened in two schools and took in about 250 people overnight.`,
        `Rail services across the coast were suspended for most of Sunday.`,
      ],
    },
    {
      titles: [`Storm Perrin damage put at $80 million`, `Orrindale flood victims ask for help after Storm Perrin`],
      leads: [
        `The damage caused by Storm Perrin on April 6 will cost at least $80 million to repair, the county council said on Wednesday, more than twice the bill left by Storm Odile in February.`,
        `Families in Orrindale's Mill Quarter said on Thursday they were still waiting for help, four days after Storm Perrin flooded about 400 homes.`,
      ],
      body: [
        `Power had been restored to all but 1,200 homes by Wednesday.`,
        `Council leader Amara Singh said the county would apply for state disaster funds for the second time this year.`,
        `Insurers said Perrin had produced about 9,000 claims.`,
        `Volunteers from local churches and sports clubs helped clear mud from houses.`,
      ],
    },
  ],
  background: [
    `Perrin was the first named storm to reach the coast in April since records began in 1971.`,
    `Orrindale's Mill Quarter lies on the flood plain of the River Quenby.`,
    `The coast was also hit by Storm Odile in February, which cut power to 40,000 homes.`,
    `Flood defences for Orrindale were proposed in 2019 but never funded.`,
  ],
  reports: [
    ['04-05 11:00', TCP, 0, 0],
    ['04-05 16:30', VC, 0, 0],
    ['04-06 14:10', TCP, 1, 0],
    ['04-06 17:50', HL, 1, 0],
    ['04-06 20:30', VC, 1, 0],
    ['04-07 09:40', NT, 1, 1],
    ['04-07 13:00', PR, 1, 1],
    ['04-09 12:20', TCP, 2, 0],
    ['04-09 15:40', HL, 2, 0],
    ['04-10 10:50', VC, 2, 1],
  ],
};

const marrowfieldBackground = [
  `Marrowfield Energy supplies gas and electricity to about 1.4 million customers on the Tamsin Coast.`,
  `The company is based in Veldham and employs about 6,500 people.`,
  `Marrowfield's shares are the most widely held on the Tamsin Exchange.`,
];

const resultsQ4: StorySpec = {
  event: 'results-marrowfield-q4',
  phases: [
    {
      titles: [
        `Marrowfield Energy profit rises to $312 million`,
        `Marrowfield Energy lifts dividend after strong fourth quarter`,
        `Marrowfield shares climb on fourth-quarter results`,
      ],
      leads: [
        `Marrowfield Energy reported a net profit of $312 million for the fourth quarter on Thursday, up 11 percent from a year earlier, as higher gas sales offset a weak month for its wind farms.`,
        `Shares in Marrowfield Energy rose 4.2 percent on Thursday after the utility reported fourth-quarter revenue of $4.1 billion, up 6 percent, and raised its quarterly dividend to 18 cents.`,
        `Marrowfield Energy's chief executive, Rachel Imbert, said on Friday that the company would spend $1.2 billion on new transmission lines this year, a day after it reported a fourth-quarter profit of $312 million.`,
      ],
      body: [
        `Revenue for the three months to December was $4.1 billion, compared with $3.87 billion a year earlier.`,
        `Analysts had expected a profit of about $290 million.`,
        `Rachel Imbert said a cold December had pushed up household gas demand by 9 percent.`,
        `The company raised its dividend from 16 cents to 18 cents a share.`,
        `Output from Marrowfield's offshore wind farms fell 7 percent because of calm weather in November.`,
        `For the full year, Marrowfield earned $1.08 billion.`,
        `Finance director Owen Lacey said the company's debt fell to $5.6 billion.`,
      ],
    },
  ],
  background: marrowfieldBackground,
  reports: [
    ['02-06 07:30', HL, 0, 0],
    ['02-06 10:00', VC, 0, 1],
    ['02-06 15:20', NT, 0, 1],
    ['02-06 17:00', TCP, 0, 0],
    ['02-07 09:30', HL, 0, 2],
  ],
};

const resultsQ1: StorySpec = {
  event: 'results-marrowfield-q1',
  phases: [
    {
      titles: [
        `Marrowfield Energy profit falls to $268 million, 400 jobs to go`,
        `Marrowfield shares drop after weak first quarter`,
        `Marrowfield Energy to cut 400 jobs as first-quarter revenue slips`,
      ],
      leads: [
        `Marrowfield Energy said on Thursday its first-quarter net profit fell 14 percent to $268 million and that it would cut 400 jobs, as a mild spring and storm repair costs weighed on results.`,
        `Shares in Marrowfield Energy fell 5.1 percent on Thursday after the utility reported first-quarter revenue of $3.8 billion, down 3 percent, and announced 400 job cuts.`,
        `Unions at Marrowfield Energy said on Friday they would fight the 400 job cuts the company announced alongside its first-quarter results.`,
      ],
      body: [
        `Rachel Imbert, the chief executive, said repairs after storms Odile and Perrin had cost the company about $45 million.`,
        `Revenue for the three months to March was $3.8 billion, compared with $3.92 billion a year earlier.`,
        `Analysts had expected a profit of about $295 million.`,
        `Most of the job cuts will fall on customer-service centres in Veldham and Tarnwick.`,
        `The company kept its dividend unchanged at 18 cents a share.`,
        `Marrowfield said it still expected full-year profit of about $1.1 billion.`,
      ],
    },
  ],
  background: marrowfieldBackground,
  reports: [
    ['04-17 07:30', HL, 0, 0],
    ['04-17 10:15', VC, 0, 1],
    ['04-17 14:40', NT, 0, 1],
    ['04-17 16:10', TCP, 0, 0],
    ['04-18 11:00', HL, 0, 2],
  ],
};

const robbery: StorySpec = {
  event: 'robbery-lorimer-finch',
  phases: [
    {
      titles: [
        `Armed robbers take $1.8 million in gems from Veldham jeweller`,
        `Guard hurt in Lorimer & Finch robbery`,
        `Masked gang raids Castle Street jewellers`,
      ],
      leads: [
        `Three masked men robbed the Lorimer & Finch jewellery store on Castle Street in Veldham on Monday morning, escaping with gems and watches worth about $1.8 million, police said.`,
        `A security guard was injured on Monday when armed robbers stormed the Lorimer & Finch jewellers in central Veldham and smashed display cases with hammers.`,
      ],
      body: [
        `The robbery began at 10:05 a.m., minutes after the store opened, and lasted less than three minutes.`,
        `The guard, Ethan Pell, 46, was struck on the head and taken to hospital with injuries that were not life-threatening.`,
        `The robbers fled in a grey van that was later found burnt out on an industrial estate in Dunmarrow.`,
        `Detective Inspector Laila Brandauer asked anyone who saw the van to contact police.`,
        `Staff and customers were ordered to lie on the floor while the cases were emptied.`,
        `Castle Street was closed for most of the day while forensic officers worked inside the shop.`,
      ],
    },
    {
      titles: [`Three arrested over Lorimer & Finch jewel robbery`, `Police recover part of stolen Lorimer & Finch jewels`],
      leads: [
        `Police arrested three people in dawn raids in Veldham and Dunmarrow on Wednesday in connection with Monday's $1.8 million robbery at the Lorimer & Finch jewellers.`,
        `Three people were charged on Thursday with armed robbery over Monday's raid on the Lorimer & Finch jewellers in Veldham, and police said they had recovered about a third of the stolen gems.`,
      ],
      body: [
        `The three were named as Callum Reyes, 34, Joel Brandt, 29, and Simone Dekker, 41.`,
        `Detective Inspector Laila Brandauer said officers had found watches hidden in a garage in Dunmarrow.`,
        `Ethan Pell, the guard injured in the raid, has been released from hospital.`,
        `The three are due to appear before Veldham District Court on Friday.`,
        `Police said the gang had watched the store for weeks.`,
      ],
    },
  ],
  background: [
    `Lorimer & Finch has traded on Castle Street since 1921.`,
    `It was the largest jewellery robbery in Veldham for more than 20 years.`,
    `Castle Street is Veldham's main shopping street.`,
  ],
  reports: [
    ['03-03 12:10', VC, 0, 0],
    ['03-03 14:30', HL, 0, 1],
    ['03-03 17:45', TCP, 0, 0],
    ['03-03 19:20', NT, 0, 1],
    ['03-05 11:00', VC, 1, 0],
    ['03-05 16:30', HL, 1, 0],
    ['03-06 13:20', TCP, 1, 1],
  ],
};

const trial: StorySpec = {
  event: 'trial-lorimer-finch',
  mayJoin: 'robbery-lorimer-finch',
  phases: [
    {
      titles: [`Trial opens over Lorimer & Finch robbery`, `Jury hears how gang planned Castle Street jewel raid`],
      leads: [
        `The trial of three people accused of the March 3 robbery at the Lorimer & Finch jewellers in Veldham opened at Veldham District Court on Monday, with prosecutors telling the jury the raid had been planned for two months.`,
      ],
      body: [
        `Callum Reyes, Joel Brandt and Simone Dekker deny armed robbery and causing grievous bodily harm.`,
        `Prosecutor Hannah Okoro said the gang had rented a flat opposite the store in January to watch its opening routine.`,
        `The jury was shown security camera footage of the raid, which lasted two minutes and 51 seconds.`,
        `Reyes's lawyer, Tobias Grint, told the court his client was in Dunmarrow that morning.`,
        `The trial is expected to last two weeks.`,
      ],
    },
    {
      titles: [`Guard tells Lorimer & Finch trial of hammer blow`, `Lorimer & Finch trial: DNA found on burnt-out van`],
      leads: [
        `The security guard injured in the March 3 robbery of the Lorimer & Finch jewellers told the jury on Wednesday that he had "never seen anyone move so fast" as the man who struck him.`,
        `A forensic scientist told Veldham District Court on Thursday that DNA matching Joel Brandt was found on a glove in the burnt-out van used in the March 3 robbery at Lorimer & Finch.`,
      ],
      body: [
        `Ethan Pell, 46, said he still suffered from headaches and had not returned to work.`,
        `Under cross-examination, Pell said he could not identify any of the three men, who wore masks.`,
        `The court heard that the van had been stolen in Saltreach a week before the raid.`,
        `Brandt's lawyer said the glove could have been left in the van by anyone.`,
        `About $1.2 million of the stolen jewellery has never been found.`,
      ],
    },
  ],
  background: [
    `Gems and watches worth $1.8 million were taken in the robbery on Castle Street, the largest jewellery theft in Veldham for more than 20 years.`,
    `Judge Miriam Castell is presiding over the trial.`,
    `All three defendants have been held in custody since their arrest on March 5.`,
  ],
  reports: [
    ['04-07 13:00', VC, 0, 0],
    ['04-07 16:45', HL, 0, 0],
    ['04-07 18:30', TCP, 0, 0],
    ['04-09 15:10', VC, 1, 0],
    ['04-09 17:30', HL, 1, 0],
    ['04-10 14:20', TCP, 1, 1],
  ],
};

const cyberattack: StorySpec = {
  event: 'cyberattack-st-aldrics',
  phases: [
    {
      titles: [
        `Cyberattack forces St Aldric's Hospital to divert ambulances`,
        `Ransomware attack hits Veldham hospital`,
        `St Aldric's Hospital goes back to paper after IT systems fail`,
      ],
      leads: [
        `St Aldric's Hospital in Veldham diverted ambulances to other hospitals on Monday after a ransomware attack shut down its computer systems, the hospital said.`,
        `A ransomware attack on Monday knocked out patient records, lab systems and scheduling at St Aldric's Hospital in Veldham, forcing staff to switch to paper.`,
      ],
      body: [
        `Chief executive Anneliese Morrow said emergency care continued but that planned operations were postponed.`,
        `The attack was noticed at about 4 a.m., when screens in the emergency department began showing a ransom note.`,
        `A group calling itself Grey Lantern later claimed responsibility on a leak site.`,
        `The hospital said it would not pay a ransom.`,
        `Ambulances were sent to Tarnwick General Hospital and the Orrindale hospital, adding up to 40 minutes to journeys.`,
        `Police and the state cyber security agency were called in.`,
      ],
    },
    {
      titles: [
        `St Aldric's Hospital says patient data may have been stolen`,
        `Veldham hospital restores systems three days after cyberattack`,
        `Hackers post St Aldric's Hospital files online`,
      ],
      leads: [
        `St Aldric's Hospital in Veldham said on Tuesday that hackers may have copied the records of up to 210,000 patients in Monday's ransomware attack.`,
        `St Aldric's Hospital reopened its emergency department to ambulances on Thursday, three days after a ransomware attack shut down its computer systems.`,
        `The Grey Lantern ransomware group published about 4 gigabytes of files it said were taken from St Aldric's Hospital in Veldham, the hospital confirmed on Thursday.`,
      ],
      body: [
        `The records include names, addresses and appointment histories, but the hospital said payment details were held elsewhere.`,
        `Anneliese Morrow apologised to patients and said 1,100 operations and appointments had been postponed.`,
        `Security researchers said Grey Lantern had attacked at least four hospitals in the past year.`,
        `The hospital set up a helpline for patients worried about their data.`,
        `Staff have worked from paper forms, with runners carrying lab results between wards.`,
        `The state data regulator said it had opened an inquiry.`,
      ],
    },
  ],
  background: [
    `St Aldric's Hospital has 820 beds and is the largest hospital in Veldham.`,
    `Ransomware gangs lock computer files and demand payment to unlock them, often threatening to publish stolen data.`,
    `The hospital moved its patient records to a new computer system in 2021.`,
  ],
  reports: [
    ['03-10 10:30', BF, 0, 1],
    ['03-10 12:00', VC, 0, 0],
    ['03-10 16:20', HL, 0, 0],
    ['03-10 18:00', TCP, 0, 1],
    ['03-11 09:50', BF, 1, 0],
    ['03-11 14:30', NT, 1, 0],
    ['03-13 11:15', VC, 1, 1],
    ['03-13 15:40', BF, 1, 2],
    ['03-13 17:30', HL, 1, 1],
  ],
};

const water: StorySpec = {
  event: 'water-dunmarrow',
  phases: [
    {
      titles: [`Dunmarrow residents told to boil water after E. coli found`, `Boil-water notice for 22,000 in Dunmarrow`],
      leads: [
        `About 22,000 residents of Dunmarrow were told on Friday to boil their tap water after E. coli bacteria were found in samples from the Hartwell Reservoir treatment works.`,
      ],
      body: [
        `Tamsin Water said the contamination was found in routine tests on Thursday night.`,
        `Bottled water was handed out at the Dunmarrow leisure centre and two supermarkets.`,
        `Schools stayed open but turned off their drinking fountains.`,
        `Tamsin Water's operations director, Keith Amberley, said flooding from last weekend's storm might have overwhelmed a filter at the works.`,
        `Three people with stomach illness were being checked by doctors, though it was not yet clear if they were linked to the water.`,
      ],
    },
    {
      titles: [`Dunmarrow boil-water notice lifted`, `Dunmarrow water safe to drink again, Tamsin Water says`],
      leads: [
        `Tamsin Water lifted the boil-water notice for 22,000 Dunmarrow residents on Tuesday, four days after E. coli was found in supplies from the Hartwell Reservoir.`,
      ],
      body: [
        `The company said three rounds of clean samples had been taken since Saturday.`,
        `It will pay each household $50 in compensation.`,
        `Keith Amberley said the damaged filter had been replaced.`,
        `Health officials said five people had been treated for stomach illness, none seriously.`,
      ],
    },
  ],
  background: [
    `Dunmarrow is a market town of about 22,000 people inland from Saltreach.`,
    `The Hartwell Reservoir supplies Dunmarrow and several villages around it.`,
    `It is the first boil-water notice in Dunmarrow since 2016.`,
  ],
  reports: [
    ['04-11 10:00', VC, 0, 0],
    ['04-11 13:30', TCP, 0, 0],
    ['04-11 17:10', HL, 0, 0],
    ['04-12 10:00', NT, 0, 0],
    ['04-15 12:00', VC, 1, 0],
    ['04-15 15:30', TCP, 1, 0],
  ],
};

const hiker: StorySpec = {
  event: 'hiker-greyfell',
  phases: [
    {
      titles: [`Search for missing hiker on Greyfell Ridge`, `Hiker missing in snow on Greyfell Ridge`],
      leads: [
        `Mountain rescue teams searched Greyfell Ridge on Sunday for a 27-year-old hiker, Jonah Abel, who failed to return from a walk on Saturday.`,
      ],
      body: [
        `Abel set out from the Greyfell car park at about 9 a.m. on Saturday and told friends he would be back by dusk.`,
        `Heavy snow and low cloud grounded the rescue helicopter for much of Sunday.`,
        `About 60 volunteers from the Greyfell Mountain Rescue team took part in the search.`,
        `Abel's sister, Marta Abel, said he was an experienced walker but had gone alone.`,
      ],
    },
    {
      titles: [`Missing hiker found alive on Greyfell Ridge`, `Jonah Abel rescued after two nights on Greyfell`],
      leads: [
        `A hiker missing for two nights on Greyfell Ridge was found alive on Monday morning, sheltering in a rock hollow below the summit, rescuers said.`,
      ],
      body: [
        `Jonah Abel, 27, was flown to hospital with hypothermia and a broken ankle.`,
        `Rescue team leader Gideon Marsh said Abel had done "everything right" once he was hurt, staying put and keeping dry.`,
        `A search dog found him at about 7:30 a.m. after the cloud lifted.`,
        `Abel told rescuers he had slipped on ice on Saturday afternoon.`,
      ],
    },
  ],
  background: [
    `Greyfell Ridge, at 1,140 metres, is the highest point in the hills north of Veldham.`,
    `The Greyfell Mountain Rescue team is made up of volunteers and answers about 90 calls a year.`,
    `Temperatures on the ridge fell to minus 8 degrees on Saturday night.`,
  ],
  reports: [
    ['03-09 12:30', VC, 0, 0],
    ['03-09 17:00', TCP, 0, 0],
    ['03-10 10:40', VC, 1, 0],
    ['03-10 12:15', TCP, 1, 0],
    ['03-10 16:30', HL, 1, 0],
  ],
};

/** One-off local stories, one or two reports each. */
const museum: StorySpec = {
  event: 'museum-tarnwick',
  phases: [
    {
      titles: [`Tarnwick museum reopens after three-year renovation`, `Tarnwick Town Museum {opens its doors again|welcomes visitors back}`],
      leads: [
        `The Tarnwick Town Museum reopened on Saturday after a three-year, $6 million renovation that added a glass gallery for its collection of old mining lamps.`,
      ],
      body: [
        `More than 1,500 people visited on the first day, the museum's director, Rosalind Pike, said.`,
        `The new gallery shows about 300 lamps, some of them used in the quarries above the town in the 1880s.`,
        `A lift now reaches all three floors, which had been closed to wheelchair users since the museum opened in 1954.`,
        `Entry will stay free for residents of Tarnwick until the end of the year.`,
        `Pike said the renovation was paid for by the county, a heritage fund and about 2,000 private donations.`,
      ],
    },
  ],
  background: [`The museum occupies the town's former corn market, built in 1871.`, `School groups can book guided tours on weekday mornings.`],
  reports: [
    ['02-15 14:00', TCP, 0, 0],
    ['02-15 18:30', VC, 0, 0],
  ],
};

const airport: StorySpec = {
  event: 'airport-route',
  phases: [
    {
      titles: [`Veldham airport wins {direct|new} route to the Marl Islands`, `New daily flights from Veldham to the Marl Islands`],
      leads: [
        `Veldham Airport will have a daily direct flight to the Marl Islands from May, the regional airline Skylark Air said on Thursday, cutting the journey from five hours by road and ferry to 50 minutes.`,
      ],
      body: [
        `Skylark Air will fly a 70-seat turboprop on the route, leaving Veldham at 8:15 a.m. and returning in the evening.`,
        `One-way fares will start at $69, the airline's commercial director, Nadia Qureshi, said.`,
        `Island hotels have long complained that the ferry timetable keeps weekend visitors away.`,
        `The airport expects the route to carry about 40,000 passengers a year.`,
        `The Marl Islands council welcomed the announcement but asked for a winter service as well.`,
      ],
    },
  ],
  background: [`Veldham Airport handled 2.1 million passengers last year.`, `The islands are now reached by a ferry from Corvey Bay that takes about two and a half hours.`],
  reports: [
    ['02-13 11:30', HL, 0, 0],
    ['02-13 16:10', TCP, 0, 0],
  ],
};

const budget: StorySpec = {
  event: 'budget-tamsin-county',
  phases: [
    {
      titles: [`Tamsin County approves budget with 3.9 percent tax rise`, `County budget passes after {late-night|long} debate`],
      leads: [
        `Tamsin County councillors approved a $2.7 billion budget on Thursday night, including a 3.9 percent rise in property tax, after a debate that lasted more than six hours.`,
      ],
      body: [
        `The budget passed by 31 votes to 24, with two councillors abstaining.`,
        `Council leader Amara Singh said the rise was needed to pay for road repairs and social care.`,
        `Opposition councillors proposed cutting the rise to 2.5 percent by selling two council office buildings, which was rejected.`,
        `Spending on road maintenance will rise by $48 million, the largest single increase.`,
        `The average household will pay about $96 more a year.`,
      ],
    },
  ],
  background: [`The county's budget year starts on April 1.`, `Tamsin County has raised property tax every year since 2019.`],
  reports: [
    ['02-27 23:10', TCP, 0, 0],
    ['02-28 09:00', VC, 0, 0],
  ],
};

const fares: StorySpec = {
  event: 'fares-veldham-transit',
  phases: [
    {
      titles: [`Veldham bus and tram fares to rise 8 percent in June`, `Fare rise for Veldham Transit riders{| from June}`],
      leads: [
        `Veldham Transit will raise bus and tram fares by 8 percent on June 1, the agency's board decided on Tuesday, taking a single adult ticket from $2.50 to $2.70.`,
      ],
      body: [
        `Monthly passes will rise from $78 to $84, and fares for children and pensioners will stay the same.`,
        `The agency's general manager, Petra Oyelowo, said fuel and wage costs had risen faster than ticket income.`,
        `Riders' groups said the rise would push more people back into cars.`,
        `Veldham Transit carried about 61 million passengers last year, close to its level before 2020.`,
      ],
    },
  ],
  background: [`Fares last rose in 2022, by 5 percent.`, `The agency runs 84 bus routes and one tram line.`],
  reports: [
    ['03-18 15:00', VC, 0, 0],
    ['03-18 19:20', HL, 0, 0],
  ],
};

const marathon: StorySpec = {
  event: 'marathon-veldham',
  phases: [
    {
      titles: [`Course record falls at Veldham Marathon`, `Kariuki and Holm win Veldham Marathon`],
      leads: [
        `Daniel Kariuki broke the course record at the Veldham Marathon on Sunday, finishing in 2 hours, 8 minutes and 41 seconds, while Astrid Holm won the women's race in 2:27:15.`,
      ],
      body: [
        `About 9,400 runners started the race at the Northgate Stadium, a record for the event.`,
        `Kariuki pulled away from the leading group at the 30-kilometre mark along the river path.`,
        `Holm, a schoolteacher from Tarnwick, said she had trained "mostly in the dark, before lessons".`,
        `Organisers said the race raised about $1.1 million for local charities.`,
        `Cool weather and little wind made for fast times, with 212 runners finishing under three hours.`,
      ],
    },
  ],
  background: [`The Veldham Marathon was first run in 1983.`, `The course follows the river before looping back through the old town.`],
  reports: [
    ['04-13 15:40', HL, 0, 0],
    ['04-13 18:00', VC, 0, 0],
  ],
};

const festival: StorySpec = {
  event: 'festival-saltreach',
  phases: [
    {
      titles: [`Saltreach Harbour Festival names summer line-up`],
      leads: [
        `The Saltreach Harbour Festival will run over three days in July with 42 acts on four stages, organisers said on Wednesday as they announced this year's line-up.`,
      ],
      body: [
        `The festival's director, Callum Ashe, said a third of the acts were from the Tamsin Coast.`,
        `A new stage on the fish market quay will host folk and brass bands.`,
        `Weekend tickets go on sale on Friday at $120, with half-price tickets for residents of Saltreach.`,
        `Last year's festival drew about 28,000 visitors.`,
        `The organisers said the festival would run a free shuttle bus from Veldham station.`,
      ],
    },
  ],
  background: [`The festival began in 1996 as a single evening of sea shanties.`],
  reports: [['03-26 12:00', TCP, 0, 0]],
};

const library: StorySpec = {
  event: 'library-corvey-bay',
  phases: [
    {
      titles: [`Corvey Bay library could close under county savings plan`],
      leads: [
        `The library in Corvey Bay could close next year under a plan published by Tamsin County on Tuesday to save $3.2 million by merging nine libraries into five.`,
      ],
      body: [
        `Readers in Corvey Bay would instead be served by a mobile library twice a week.`,
        `The county's head of culture, Ines Morland, said visits to the smaller libraries had fallen by a third since 2015.`,
        `A petition against the closure had gathered about 3,000 signatures by Tuesday evening.`,
        `A public consultation on the plan runs until the end of May.`,
        `The Corvey Bay library building, a former customs house, would be offered to community groups.`,
      ],
    },
  ],
  background: [`Tamsin County runs 23 public libraries.`],
  reports: [['04-01 13:00', TCP, 0, 0]],
};

const pandas: StorySpec = {
  event: 'zoo-veldham-pandas',
  phases: [
    {
      titles: [`Twin red panda cubs born at Veldham Zoo`],
      leads: [
        `Veldham Zoo said on Friday that its red pandas, Juniper and Tao, had become parents to twin cubs, the first red pandas born at the zoo in eleven years.`,
      ],
      body: [
        `The cubs were born in late January and have been kept out of sight with their mother in a nest box.`,
        `Keepers will not know whether they are male or female until a health check in March.`,
        `The zoo's head of animal care, Bernard Achebe, said both cubs were feeding well.`,
        `Visitors may be able to see them from early summer.`,
        `Red pandas are listed as endangered, and the zoo takes part in a breeding programme with 40 other zoos.`,
      ],
    },
  ],
  background: [`Veldham Zoo welcomed about 480,000 visitors last year.`],
  reports: [['02-21 10:30', VC, 0, 0]],
};

export const STORIES: readonly StorySpec[] = [
  fire,
  strikeFebruary,
  strikeMarch,
  teachers,
  bridge,
  election,
  merger,
  stormOdile,
  stormPerrin,
  resultsQ4,
  resultsQ1,
  robbery,
  trial,
  cyberattack,
  water,
  hiker,
  museum,
  airport,
  budget,
  fares,
  marathon,
  festival,
  library,
  pandas,
];

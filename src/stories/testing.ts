/**
 * Articles for story tests: built through the real normalize and identify stages, with ids
 * chosen by the test so assertions can name them, and invented reports whose events differ
 * in the ways real ones do (names, places, figures, dates) while sharing their wording.
 */
import { extracted, type Article } from '../pipeline/record.js';
import { identify } from '../identify/identify.js';
import { normalize } from '../normalize/normalize.js';

export function makeArticle(id: string, title: string, text: string, published: string | null = null, outlet = `outlet-${id}`): Article {
  const e = extracted('text', `in/${id}.txt`, {
    title,
    published,
    publishedOrigin: published ? 'metadata' : 'unknown',
    siteName: outlet,
    blocks: text
      .split('\n\n')
      .filter((p) => p.trim() !== '')
      .map((p) => ({ kind: 'paragraph' as const, text: p })),
  });
  return { ...identify(e, normalize(e)), id };
}

export interface Quake {
  place: string;
  region: string;
  magnitude: string;
  dead: string;
  official: string;
  agency: string;
}

/** A report of an earthquake, worded by `style` (0–3) so that reports of one quake differ in wording. */
export function quakeReport(q: Quake, style: number): { title: string; text: string } {
  const styles = [
    {
      title: `Magnitude ${q.magnitude} earthquake kills ${q.dead} in ${q.place}`,
      text: `A magnitude ${q.magnitude} earthquake struck ${q.place} in ${q.region} early on Tuesday, killing at least ${q.dead} people and damaging hundreds of homes, officials said.\n\n${q.official}, the head of the ${q.agency}, said rescue teams were searching collapsed buildings. "We are still reaching the villages," ${q.official} told reporters.\n\nThe quake was felt across ${q.region}, where aftershocks kept residents outdoors overnight.`,
    },
    {
      title: `${q.place} quake: ${q.dead} dead as rescuers dig through rubble`,
      text: `Rescuers in ${q.place} dug through rubble on Tuesday after an earthquake of magnitude ${q.magnitude} flattened houses across ${q.region}. The ${q.agency} put the death toll at ${q.dead}.\n\n"Our teams are working through the night," said ${q.official}, who leads the ${q.agency}. Schools in ${q.place} were closed and tents were set up for families whose homes were destroyed.`,
    },
    {
      title: `Deadly tremor hits ${q.region}`,
      text: `At least ${q.dead} people died when a strong earthquake hit ${q.region} on Tuesday. The tremor, measured at ${q.magnitude}, was centred near ${q.place}.\n\nAccording to ${q.official} of the ${q.agency}, several villages remain cut off by landslides. Hospitals in ${q.place} treated dozens of injured residents.`,
    },
    {
      title: `${q.agency} says ${q.dead} killed in ${q.place} earthquake`,
      text: `The ${q.agency} said on Tuesday that ${q.dead} people were killed when a ${q.magnitude}-magnitude quake shook ${q.place}. ${q.official} said the toll could rise as teams reach remote areas of ${q.region}.\n\nResidents described walls cracking and roofs falling as the ground shook for almost a minute.`,
    },
  ];
  return styles[style % styles.length]!;
}

export const QUAKE_A: Quake = { place: 'Kamenitsa', region: 'the Oskel valley', magnitude: '6.1', dead: '23', official: 'Petra Lind', agency: 'Civil Protection Office' };
export const QUAKE_B: Quake = { place: 'Pellan', region: 'the Maravia hills', magnitude: '5.4', dead: '7', official: 'Ivo Horvat', agency: 'Maravian Emergency Service' };

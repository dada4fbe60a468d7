/**
 * Made-up news prose for the scanner's benchmarks: plain reporting, named attribution and every
 * kind of unnamed sourcing, assembled from small parts by a seeded generator so that no two
 * articles read alike and every run writes the same ones.
 */

export type Random = () => number;

/** A small seeded generator (a linear congruential one): the same seed gives the same pages. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const TOWNS = ['Ashford', 'Brackwater', 'Carrow Bay', 'Dunmere', 'Eastleigh', 'Fenwick', 'Greyhaven', 'Holloway', 'Inverlee'];
const BODIES = [
  'the city council',
  'the port authority',
  'the water board',
  'the regional health trust',
  'the transport ministry',
  'the school district',
  'the energy regulator',
  'the football club',
  'the university',
];
const NAMES = [
  'Marta Okafor',
  'Tomasz Lindqvist',
  'Priya Natarajan',
  'Owen Achterberg',
  'Lucía Ferreira',
  'Daniel Mwangi',
  'Hannah Szabo',
  'Kenji Albright',
];
const TITLES = ['Mayor', 'Councillor', 'Chief Executive', 'Professor', 'Inspector', 'Director'];
const OUTLETS = ['the Coastline Courier', 'Harbour Radio', 'the Evening Ledger', 'Northgate News'];
const PROJECTS = [
  'the new tram line',
  'the harbour bridge repairs',
  'the hospital extension',
  'the flood barrier',
  'the stadium sale',
  'the library closures',
  'the bus fare freeze',
  'the housing plan',
];
const ACTIONS = [
  'will cost far more than the original estimate',
  'is running at least a year behind schedule',
  'was approved without a full safety review',
  'could be cancelled before the summer',
  'has been quietly scaled back',
  'will need a second round of public money',
  'was drawn up with the help of outside consultants',
  'faces a legal challenge from residents',
];
const PLAIN_FACTS = [
  'The meeting on {day} lasted a little over three hours and ended without a vote.',
  'Work on {project} began in {month} after two years of planning.',
  '{body} published its annual accounts on {day}, showing a deficit of {money}.',
  'About {count} people live within a mile of the site in {town}.',
  'The last comparable scheme in {town} took {years} years to finish.',
  'Figures released on {day} show passenger numbers up {percent} per cent on last year.',
  'Residents packed the hall in {town} to hear the plans set out in detail.',
  'Contractors have been on site since {month}, working in two shifts.',
  'The budget for {project} was set at {money} when it was first announced.',
  'Traffic on the main road into {town} has been diverted since {month}.',
  'Some {count} people attended the open day at the depot in {town}.',
  'Others were stuck for hours when the signals failed near {town}.',
];
const NAMED_SAYING = [
  '{title} {name} said {project} {action}.',
  '"We have been open about the costs from the start," {title} {name} told reporters.',
  '{body} said in a statement that {project} {action}.',
  'As {outlet} first reported in {month}, {project} {action}.',
  '{name}, who chairs the scrutiny committee, said the figures would be checked line by line.',
];
const UNNAMED_SAYING = [
  'According to people familiar with the plans, {project} {action}.',
  'Two officials who asked not to be named said {project} {action}.',
  'A senior source at {body} said the board had been warned in {month}.',
  'Insiders say the figures were revised three times before publication.',
  'Critics say {project} {action}.',
  'Many residents believe the consultation was a formality.',
  'Experts warn that the timetable leaves no room for delays.',
  'According to local media reports, {project} {action}.',
  'A regional newspaper claimed the contract had been signed before the vote.',
  '{project} reportedly {action}.',
  'The chief engineer is said to have resigned over the changes.',
  'Rumours are swirling in {town} that {project} {action}.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'March', 'April', 'June', 'September', 'November'];

function fill(random: Random, template: string): string {
  const text = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'day':
        return pick(random, DAYS);
      case 'month':
        return pick(random, MONTHS);
      case 'project':
        return pick(random, PROJECTS);
      case 'action':
        return pick(random, ACTIONS);
      case 'body':
        return pick(random, BODIES);
      case 'town':
        return pick(random, TOWNS);
      case 'name':
        return pick(random, NAMES);
      case 'title':
        return pick(random, TITLES);
      case 'outlet':
        return pick(random, OUTLETS);
      case 'money':
        return `£${between(random, 2, 900)}m`;
      case 'count':
        return between(random, 200, 40_000).toLocaleString('en');
      case 'years':
        return String(between(random, 3, 12));
      default:
        return String(between(random, 2, 60));
    }
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence: mostly plain reporting, some named, about one in six resting on unnamed sources. */
export function sentence(random: Random): string {
  const roll = random();
  const pool = roll < 0.16 ? UNNAMED_SAYING : roll < 0.4 ? NAMED_SAYING : PLAIN_FACTS;
  return fill(random, pick(random, pool));
}

export function paragraph(random: Random): string {
  return Array.from({ length: between(random, 2, 6) }, () => sentence(random)).join(' ');
}

export function headline(random: Random): string {
  const project = pick(random, PROJECTS);
  return `${project.charAt(0).toUpperCase()}${project.slice(1)} in ${pick(random, TOWNS)}: ${pick(random, ACTIONS).split(' ').slice(0, 4).join(' ')}`;
}

export const person = (random: Random): string => pick(random, NAMES);
export const outletName = (random: Random): string => pick(random, OUTLETS).replace(/^the /, 'The ');
export const townName = (random: Random): string => pick(random, TOWNS);

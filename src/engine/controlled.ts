import type { DecisionKind, Language, Localized } from '../rulesets/schema.ts';
import { formatValue } from '../wording/render.ts';

/**
 * The request fields the decision maker controls, and how to say a change to each in plain
 * language: the one list a suggested fix may touch (src/engine/fixes.ts). Product text, not legal
 * text: it says what to change in the draft, never why the law asks for it (the finding's message
 * and legal basis say that).
 *
 * What is left out is left out on purpose: facts about the person (applicant.*, assessment.*) are
 * found, not chosen; what was applied for and what the person had before are history; the reasons
 * in the grounds (`decision.grounds.reasons`) say why the decision maker decided as they did, and
 * dropping one would silence a rule about that reason without changing the decision it drove; who
 * took part in the decision and when the application came are facts of the case; a line's type,
 * statutory status and expected duration are what the case is about, not wording.
 *
 * `only`: the one value a fix may set. A fix adds to the letter or the procedure what the law asks
 * for; it never takes out a safeguard (the appeal notice, a part of the grounds, a notice given),
 * since taking one out can silence a rule while leaving the decision worse.
 */
export interface ControlledField {
  only?: readonly unknown[];
  /** The change in words: `value` is the new value, `line` the service line it is on (decision-wide fields: undefined). */
  text: Record<Language, (value: any, line: LineName | undefined) => string>;
}

/** A service line as a fix names it: its number from 1, and the service's name. */
export interface LineName {
  number: number;
  service: string;
}

// Small whole numbers of weeks in words, as a letter writes them ("fire uker"); others in digits.
const weekWords: Record<Language, readonly string[]> = {
  nb: ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  nn: ['null', 'éi', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
  en: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
};
const weekUnit: Record<Language, [string, string]> = { nb: ['uke', 'uker'], nn: ['veke', 'veker'], en: ['week', 'weeks'] };
function weeks(n: number, lang: Language): string {
  const count = Number.isInteger(n) && n >= 0 && n < weekWords[lang].length ? weekWords[lang][n]! : formatValue(n, lang);
  return `${count} ${weekUnit[lang][n === 1 ? 0 : 1]}`;
}

const hours = (n: number, lang: Language) => formatValue(n, lang);
const onLine: Record<Language, (line: LineName | undefined) => string> = {
  nb: (line) => (line ? ` på linje ${line.number}, ${line.service}` : ''),
  nn: (line) => (line ? ` på linje ${line.number}, ${line.service}` : ''),
  en: (line) => (line ? ` on line ${line.number}, ${line.service}` : ''),
};

/** A decision kind as the end of "the decision is then …". */
export const kindAfterChange: Record<DecisionKind, Localized> = {
  grant: { nb: 'en innvilgelse', nn: 'ei innvilging', en: 'a grant' },
  'partial-grant': { nb: 'en delvis innvilgelse', nn: 'ei delvis innvilging', en: 'a partial grant' },
  rejection: { nb: 'et avslag', nn: 'eit avslag', en: 'a rejection' },
  reduction: { nb: 'en reduksjon', nn: 'ein reduksjon', en: 'a reduction' },
  termination: { nb: 'en stans', nn: 'ein stans', en: 'a termination' },
  'waiting-list': { nb: 'et vedtak om venteliste', nn: 'eit vedtak om venteliste', en: 'a waiting-list decision' },
};

const kindName: Record<DecisionKind, Localized> = {
  grant: { nb: 'innvilgelse', nn: 'innvilging', en: 'grant' },
  'partial-grant': { nb: 'delvis innvilgelse', nn: 'delvis innvilging', en: 'partial grant' },
  rejection: { nb: 'avslag', nn: 'avslag', en: 'rejection' },
  reduction: { nb: 'reduksjon', nn: 'reduksjon', en: 'reduction' },
  termination: { nb: 'stans', nn: 'stans', en: 'termination' },
  'waiting-list': { nb: 'venteliste', nn: 'venteliste', en: 'waiting list' },
};
const kindOf = (kind: string, lang: Language) => kindName[kind as DecisionKind]?.[lang] ?? kind;

const appealBody: Record<string, Localized> = {
  statsforvalteren: { nb: 'Statsforvalteren', nn: 'Statsforvaltaren', en: 'Statsforvalteren (the county governor)' },
  'municipal-appeals-board': { nb: 'kommunens klagenemnd', nn: 'klagenemnda i kommunen', en: 'the municipal appeals board' },
};

/** Request paths with `[]` for a service line's index, as src/engine/facts.ts names sources. */
export const controlledFields: Readonly<Record<string, ControlledField>> = {
  'decision.kind': {
    text: {
      nb: (kind) => `Endre vedtakstypen til ${kindOf(kind, 'nb')}`,
      nn: (kind) => `Endre vedtakstypen til ${kindOf(kind, 'nn')}`,
      en: (kind) => `Change the kind of decision to ${kindOf(kind, 'en')}`,
    },
  },
  'decision.appealNotice.included': {
    only: [true],
    text: {
      nb: () => 'Ta med opplysning om retten til å klage i vedtaket',
      nn: () => 'Ta med opplysning om retten til å klage i vedtaket',
      en: () => 'Include the notice of the right to appeal in the decision',
    },
  },
  'decision.appealNotice.deadlineWeeks': {
    text: {
      nb: (n) => `Sett klagefristen til ${weeks(n, 'nb')}`,
      nn: (n) => `Set klagefristen til ${weeks(n, 'nn')}`,
      en: (n) => `Set the appeal deadline to ${weeks(n, 'en')}`,
    },
  },
  'decision.appealNotice.body': {
    only: Object.keys(appealBody),
    text: {
      nb: (body) => `Oppgi ${appealBody[body]!.nb} som klageinstans`,
      nn: (body) => `Oppgi ${appealBody[body]!.nn} som klageinstans`,
      en: (body) => `Name ${appealBody[body]!.en} as the appeal body`,
    },
  },
  'decision.appealNotice.sendViaMunicipality': {
    only: [true],
    text: {
      nb: () => 'Skriv at klagen sendes til kommunen, som vurderer saken på nytt og sender den videre',
      nn: () => 'Skriv at klaga blir send til kommunen, som vurderer saka på nytt og sender henne vidare',
      en: () => 'Say that the appeal is sent to the municipality, which reconsiders the case and forwards it',
    },
  },
  'decision.appealNotice.rightToSeeDocuments': {
    only: [true],
    text: {
      nb: () => 'Skriv at søkeren har rett til å se dokumentene i saken',
      nn: () => 'Skriv at søkjaren har rett til å sjå dokumenta i saka',
      en: () => 'Say that the applicant may see the case documents',
    },
  },
  'decision.grounds.citesLegalBasis': {
    only: [true],
    text: {
      nb: () => 'Vis i begrunnelsen til reglene vedtaket bygger på',
      nn: () => 'Vis i grunngjevinga til reglane vedtaket byggjer på',
      en: () => 'Cite in the grounds the rules the decision rests on',
    },
  },
  'decision.grounds.describesFacts': {
    only: [true],
    text: {
      nb: () => 'Beskriv i begrunnelsen de faktiske forholdene vedtaket bygger på',
      nn: () => 'Skildre i grunngjevinga dei faktiske forholda vedtaket byggjer på',
      en: () => 'Describe in the grounds the facts the decision rests on',
    },
  },
  'decision.grounds.statesMainConsiderations': {
    only: [true],
    text: {
      nb: () => 'Nevn i begrunnelsen hovedhensynene som har vært avgjørende i skjønnet',
      nn: () => 'Nemn i grunngjevinga hovudomsyna som har vore avgjerande i skjønnet',
      en: () => 'State in the grounds the main considerations that decided the assessment',
    },
  },
  'procedure.provisionalReplySent': {
    only: [true],
    text: {
      nb: () => 'Send søkeren et foreløpig svar',
      nn: () => 'Send søkjaren eit førebels svar',
      en: () => 'Send the applicant a provisional reply',
    },
  },
  'procedure.advanceNoticeGiven': {
    only: [true],
    text: {
      nb: () => 'Varsle søkeren på forhånd, med en frist til å uttale seg, før vedtaket fattes',
      nn: () => 'Varsle søkjaren på førehand, med ein frist til å uttale seg, før vedtaket blir gjort',
      en: () => 'Give the applicant advance notice, with time to comment, before the decision is made',
    },
  },
  'procedure.userHeard': {
    only: [true],
    text: {
      nb: () => 'La søkeren uttale seg før vedtaket fattes',
      nn: () => 'La søkjaren uttale seg før vedtaket blir gjort',
      en: () => 'Hear the applicant before the decision is made',
    },
  },
  'procedure.homeVisit': {
    only: [true],
    text: {
      nb: () => 'Gjør et hjemmebesøk eller en tilsvarende kartlegging av situasjonen',
      nn: () => 'Gjer eit heimebesøk eller ei tilsvarande kartlegging av situasjonen',
      en: () => 'Make a home visit or an equivalent assessment of the situation',
    },
  },
  'procedure.informationFromOthersShared': {
    only: [true],
    text: {
      nb: () => 'Legg fram for søkeren opplysningene fra andre før vedtaket fattes',
      nn: () => 'Legg fram for søkjaren opplysningane frå andre før vedtaket blir gjort',
      en: () => 'Show the applicant the information from others before the decision is made',
    },
  },
  'decision.services[].grantedHoursPerWeek': {
    text: {
      nb: (n, line) => `Sett innvilgede timer i uken til ${hours(n, 'nb')}${onLine.nb(line)}`,
      nn: (n, line) => `Set innvilga timar i veka til ${hours(n, 'nn')}${onLine.nn(line)}`,
      en: (n, line) => `Set the hours granted a week to ${hours(n, 'en')}${onLine.en(line)}`,
    },
  },
  'decision.services[].scopeStated': {
    only: [true],
    text: {
      nb: (_, line) => `Skriv konkret omfang (timer eller hvor ofte)${onLine.nb(line)}, ikke «ved behov»`,
      nn: (_, line) => `Skriv konkret omfang (timar eller kor ofte)${onLine.nn(line)}, ikkje «ved behov»`,
      en: (_, line) => `State the concrete scope (hours or how often)${onLine.en(line)}, not "as needed"`,
    },
  },
  'decision.services[].timeLimitReasonGiven': {
    only: [true],
    text: {
      nb: (_, line) => `Skriv i begrunnelsen hvorfor tjenesten er tidsbegrenset${onLine.nb(line)}`,
      nn: (_, line) => `Skriv i grunngjevinga kvifor tenesta er tidsavgrensa${onLine.nn(line)}`,
      en: (_, line) => `Say in the grounds why the service is time-limited${onLine.en(line)}`,
    },
  },
  'decision.services[].chargeStated': {
    only: [false],
    text: {
      nb: (_, line) => `Ta ut egenandelen${onLine.nb(line)}`,
      nn: (_, line) => `Ta ut eigendelen${onLine.nn(line)}`,
      en: (_, line) => `Remove the charge${onLine.en(line)}`,
    },
  },
};

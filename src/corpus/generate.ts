import type { z } from 'zod';
import type { EvaluationRequest } from '../decision/schema.ts';

/**
 * A synthetic corpus of evaluation requests for impact analysis, benchmarks and differential
 * tests. Deterministic by seed (its own PRNG, never Math.random) and free of personal data:
 * a request has no field that could hold a name or an ID number, and the generator writes no
 * free text. The values crowd the regions where rules change their answer: ages around 67,
 * needs around 25 and 32 hours, applications around one month old, decision dates either side
 * of 2026-06-01, the two example municipal layers and a municipality without a layer.
 */

export type RequestJson = z.input<typeof EvaluationRequest>;

/** The contract's service types. */
export const serviceTypes = [
  'home-nursing', 'practical-assistance', 'support-contact', 'bpa', 'long-term-stay',
  'short-term-stay', 'respite', 'day-activity', 'safety-alarm', 'meal-delivery',
] as const;
const hourBased = new Set<string>(['home-nursing', 'practical-assistance', 'support-contact', 'bpa', 'day-activity']);
/** The decision kinds that apply to any service type (contract 1.1's waiting-list is for long-term stays only, and is not generated). */
export const kinds = ['grant', 'partial-grant', 'rejection', 'reduction', 'termination'] as const;
/** Two municipalities with an example layer (0301 bokmål, 4601 nynorsk) and one without (5001). */
export const municipalities = ['0301', '4601', '5001'] as const;
/** The date a dated rule change (pasrl chapters 3 and 4) takes effect; the corpus straddles it. */
export const pivotDate = '2026-06-01';

const reasonCodes = ['budget', 'capacity', 'other-service-responsible', 'need-changed', 'need-not-documented', 'user-declined', 'age'];
const thresholdHours = [24, 24.5, 24.9, 25, 25.1, 26, 30, 31, 31.9, 32, 32.1, 33, 35, 40];
const durations = [7, 14, 15, 30, 42, 43, 60, 180, 365, 730, 731, 1095];

/** sfc32: small, fast, and good enough to spread cases; seeded from one integer through splitmix32. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

const DAY = 86_400_000;
function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

class Draw {
  constructor(private readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `value`, or undefined with probability `p`: optional facts are sometimes left out, as in real drafts. */
  maybe<T>(value: T, p = 0.08): T | undefined {
    return this.chance(p) ? undefined : value;
  }
}

function decisionDate(draw: Draw): string {
  // Half the cases within two weeks of the pivot, the rest spread over the period the rules cover.
  return draw.chance(0.5) ? addDays(pivotDate, draw.int(-14, 14)) : addDays('2025-02-01', draw.int(0, 698));
}

function age(draw: Draw): number {
  return draw.chance(0.4) ? draw.int(64, 70) : draw.int(18, 100);
}

function needHours(draw: Draw): number {
  return draw.chance(0.5) ? draw.pick(thresholdHours) : draw.int(0, 120) / 2;
}

function serviceLine(draw: Draw, type: string, kind: (typeof kinds)[number], need: number, date: string) {
  const line: RequestJson['decision']['services'][number] = {
    type,
    expectedDurationDays: draw.pick(durations),
  };
  if (hourBased.has(type)) {
    const applied = Math.min(168, Math.max(need, draw.int(1, 80) / 2));
    const previous = draw.int(2, 60) / 2;
    line.appliedHoursPerWeek = draw.maybe(applied, 0.1) ?? null;
    line.grantedHoursPerWeek = {
      grant: applied,
      'partial-grant': Math.floor(applied * draw.int(20, 90)) / 100,
      rejection: 0,
      reduction: Math.floor(previous * draw.int(10, 90)) / 100,
      termination: 0,
    }[kind];
    // Reductions and terminations state the hours before: without them the kind contradicts the line (contract 1.1).
    line.previousHoursPerWeek = kind === 'reduction' || kind === 'termination' ? previous : null;
  }
  const from = draw.chance(0.7) ? addDays(date, draw.int(0, 21)) : null;
  line.from = from;
  line.to = from && draw.chance(0.4) ? addDays(from, line.expectedDurationDays) : null;
  return line;
}

/** Request `index` of the corpus; the index cycles service type, kind and municipality so every combination appears early. */
function request(draw: Draw, index: number, types: readonly string[]): RequestJson {
  const type = types[index % types.length]!;
  const kind = kinds[Math.floor(index / types.length) % kinds.length]!;
  const municipality = municipalities[index % municipalities.length]!;
  const date = decisionDate(draw);
  const applicantAge = age(draw);
  const need = needHours(draw);
  const services = [serviceLine(draw, type, kind, need, date)];
  if (draw.chance(0.15)) services.push(serviceLine(draw, draw.pick(types.filter((t) => t !== type)), kind, need, date));

  const statutoryBody = draw.chance(0.75);
  const out: RequestJson = {
    decisionDate: date,
    municipality,
    decision: {
      kind,
      services,
      grounds: {
        citesLegalBasis: draw.chance(0.88),
        describesFacts: draw.chance(0.88),
        statesMainConsiderations: draw.chance(0.85),
        reasons: reasonCodes.filter(() => draw.chance(0.15)),
      },
      appealNotice: {
        included: draw.chance(0.9),
        deadlineWeeks: draw.maybe(statutoryBody ? draw.pick([4, 4, 4, 3]) : draw.pick([3, 3, 3, 4]), 0.05) ?? null,
        body: draw.maybe(statutoryBody ? draw.pick(['statsforvalteren', 'statsforvalteren', 'municipal-appeals-board'] as const) : draw.pick(['municipal-appeals-board', 'municipal-appeals-board', 'statsforvalteren', 'none'] as const), 0.05),
        sendViaMunicipality: draw.maybe(draw.chance(0.85)),
        rightToSeeDocuments: draw.maybe(draw.chance(0.85)),
      },
    },
    applicant: { age: applicantAge },
    assessment: {
      assessedNeedHoursPerWeek: draw.maybe(need),
      functionalLevel: draw.maybe(draw.int(10, 50) / 10),
      expectedLongTermNeed: draw.maybe(draw.chance(0.6)),
      needsCoordinatedServices: draw.maybe(draw.chance(0.3)),
      onlyAdequateOffer: draw.maybe(draw.chance(0.2)),
      userParticipation: draw.maybe(draw.pick(['documented', 'documented', 'documented', 'not-documented', 'declined'] as const)),
      nextOfKin: draw.maybe({ involved: draw.chance(0.6), consent: draw.maybe(draw.chance(0.8), 0.2) }),
      increasedCostDocumented: draw.maybe(draw.chance(0.2)),
      grantedBeforeAge67: applicantAge >= 67 ? draw.maybe(draw.chance(0.3), 0.3) : undefined,
    },
    procedure: {
      // Around one month old half the time: the fvl § 11 a provisional-reply line.
      applicationReceived: draw.maybe(addDays(date, -(draw.chance(0.5) ? draw.int(27, 35) : draw.int(0, 120))), 0.1),
      provisionalReplySent: draw.maybe(draw.chance(0.4)),
      advanceNoticeGiven: draw.maybe(draw.chance(0.6)),
      decisionMakers: draw.maybe([
        {
          role: draw.pick(['case-manager', 'nurse', 'team-lead', 'physiotherapist']),
          relatedToApplicant: draw.chance(0.05),
          providesTheService: draw.chance(0.25),
        },
      ]),
    },
  };
  if (draw.chance(0.2)) out.language = draw.pick(['nb', 'nn'] as const);
  return JSON.parse(JSON.stringify(out)) as RequestJson; // drops the undefined fields: a left-out fact is absent, as in JSON
}

export interface CorpusOptions {
  count: number;
  seed: number;
  /** Service types to cycle through; the contract's types by default. */
  types?: readonly string[];
}

/** The corpus, one request at a time, so a caller can stream any size without holding it. */
export function* generateCorpus({ count, seed, types = serviceTypes }: CorpusOptions): Generator<RequestJson> {
  const draw = new Draw(prng(seed));
  for (let i = 0; i < count; i++) yield request(draw, i, types);
}

import type { Language } from '../rulesets/schema.ts';
import { index, type T, type Tri } from './i18n.ts';
import type { z } from 'zod';
import type { DeviationReason, OutcomeKind } from '../record/contract.ts';

/**
 * Plain-language names of facts (src/engine/facts.ts) and request fields, for form labels and
 * for saying what a rule checks. A fact without a name here is shown by its code name, so a new
 * fact never breaks a page: it only reads less well until it is named here.
 */
const labels: Record<string, Tri> = {
  decisionDate: ['Vedtaksdato', 'Vedtaksdato', 'Decision date'],
  'decision.date': ['Vedtaksdato', 'Vedtaksdato', 'Decision date'],
  municipality: ['Kommunenummer', 'Kommunenummer', 'Municipality number'],
  'decision.kind': ['Type vedtak', 'Type vedtak', 'Kind of decision'],
  'decision.serviceCount': ['Antall tjenestelinjer', 'Tal på tenestelinjer', 'Number of service lines'],
  // Groups, for when a whole group is left out.
  decision: ['Vedtaket', 'Vedtaket', 'The decision'],
  'decision.services': ['Tjenestelinjene', 'Tenestelinjene', 'The service lines'],
  'decision.grounds': ['Begrunnelsen', 'Grunngjevinga', 'The grounds'],
  'decision.appealNotice': ['Klageopplysningene', 'Klageopplysningane', 'The appeal notice'],
  applicant: ['Søkeren', 'Søkjaren', 'The applicant'],
  'procedure.decisionMakers.0': ['Saksbehandleren', 'Sakshandsamaren', 'The decision maker'],
  'decision.grounds.citesLegalBasis': ['Begrunnelsen viser til hjemmel', 'Grunngjevinga viser til heimel', 'The grounds cite the legal basis'],
  'decision.grounds.describesFacts': ['Begrunnelsen beskriver faktum', 'Grunngjevinga skildrar faktum', 'The grounds describe the facts'],
  'decision.grounds.statesMainConsiderations': ['Begrunnelsen nevner hovedhensynene', 'Grunngjevinga nemner hovudomsyna', 'The grounds state the main considerations'],
  'decision.grounds.reasons': ['Grunner (koder)', 'Grunnar (kodar)', 'Reasons (codes)'],
  'decision.grounds.reasonCount': ['Antall grunner oppgitt', 'Tal på grunnar oppgitt', 'Number of reasons given'],
  'decision.appealNotice.included': ['Brevet har klageopplysninger', 'Brevet har klageopplysningar', 'The letter has an appeal notice'],
  'decision.appealNotice.deadlineWeeks': ['Klagefrist i uker', 'Klagefrist i veker', 'Appeal deadline in weeks'],
  'decision.appealNotice.body': ['Klageinstans', 'Klageinstans', 'Appeal body'],
  'decision.appealNotice.sendViaMunicipality': ['Brevet sier at klagen sendes til kommunen', 'Brevet seier at klaga vert send til kommunen', 'The letter says the appeal is sent to the municipality'],
  'decision.appealNotice.rightToSeeDocuments': ['Brevet sier at søkeren kan se dokumentene i saken', 'Brevet seier at søkjaren kan sjå dokumenta i saka', 'The letter says the applicant may see the case documents'],
  'decision.hasStatutoryService': ['Vedtaket gjelder en lovpålagt tjeneste', 'Vedtaket gjeld ei lovpålagd teneste', 'The decision concerns a statutory service'],
  'decision.hasNonStatutoryService': ['Vedtaket gjelder en tjeneste som ikke er lovpålagt', 'Vedtaket gjeld ei teneste som ikkje er lovpålagd', 'The decision concerns a non-statutory service'],
  'decision.longestExpectedDurationDays': ['Lengste forventede varighet (dager)', 'Lengste venta varigheit (dagar)', 'Longest expected duration (days)'],
  'applicant.age': ['Søkerens alder', 'Alderen til søkjaren', "The applicant's age"],
  'assessment.assessedNeedHoursPerWeek': ['Vurdert behov, timer per uke', 'Vurdert behov, timar per veke', 'Assessed need, hours a week'],
  'assessment.functionalLevel': ['Funksjonsnivå (IPLOS, 1–5)', 'Funksjonsnivå (IPLOS, 1–5)', 'Functional level (IPLOS, 1–5)'],
  'assessment.expectedLongTermNeed': ['Behovet varer over to år', 'Behovet varer over to år', 'The need lasts over two years'],
  'assessment.needsCoordinatedServices': ['Trenger koordinerte tjenester', 'Treng koordinerte tenester', 'Needs coordinated services'],
  'assessment.onlyAdequateOffer': ['Langtidsopphold er eneste forsvarlige tilbud', 'Langtidsopphald er einaste forsvarlege tilbod', 'A long-term stay is the only adequate offer'],
  'assessment.userParticipation': ['Brukermedvirkning', 'Brukarmedverknad', 'User participation'],
  'assessment.nextOfKin.involved': ['Pårørende involvert', 'Pårørande involverte', 'Next of kin involved'],
  'assessment.nextOfKin.consent': ['Samtykke til å involvere pårørende', 'Samtykke til å involvere pårørande', 'Consent to involve next of kin'],
  'assessment.increasedCostDocumented': ['Vesentlig økte kostnader ved BPA er dokumentert', 'Vesentleg auka kostnader ved BPA er dokumenterte', 'Considerably increased BPA cost documented'],
  'assessment.grantedBeforeAge67': ['BPA innvilget før fylte 67 år', 'BPA innvilga før fylte 67 år', 'BPA granted before age 67'],
  'assessment.lacksDecisionCapacity': ['Personen mangler samtykke- eller beslutningskompetanse', 'Personen manglar samtykke- eller beslutningskompetanse', 'The person lacks capacity to consent or decide'],
  'assessment.personalAssistanceHoursPerWeek': ['Behov for personlig assistanse (teller for BPA), timer per uke', 'Behov for personleg assistanse (tel for BPA), timar per veke', 'Need for personal assistance (counts for BPA), hours a week'],
  'assessment.dementia': ['Bor hjemme med demens', 'Bur heime med demens', 'Lives at home with dementia'],
  'assessment.needChangeDocumented': ['Endret behov (eller annet lovlig grunnlag) er dokumentert', 'Endra behov (eller anna lovleg grunnlag) er dokumentert', 'Changed need (or another lawful ground) documented'],
  'assessment.meetsLongTermStayCriteria': ['Oppfyller kommunens kriterier for langtidsopphold', 'Oppfyller kriteria til kommunen for langtidsopphald', "Meets the municipality's criteria for a long-term stay"],
  'assessment.safeAtHomeWhileWaiting': ['Kan få forsvarlig hjelp hjemme mens hun eller han venter', 'Kan få forsvarleg hjelp heime medan ho eller han ventar', 'Can be cared for adequately at home while waiting'],
  'procedure.applicationReceived': ['Søknaden mottatt', 'Søknaden motteken', 'Application received'],
  'procedure.applicationAgeMonths': ['Måneder siden søknaden kom', 'Månader sidan søknaden kom', 'Months since the application came'],
  'procedure.provisionalReplySent': ['Foreløpig svar sendt', 'Førebels svar sendt', 'Provisional reply sent'],
  'procedure.advanceNoticeGiven': ['Forhåndsvarsel gitt', 'Førehandsvarsel gitt', 'Advance notice given'],
  'procedure.relatedDecisionMaker': ['En saksbehandler er i slekt med søkeren', 'Ein sakshandsamar er i slekt med søkjaren', 'A decision maker is related to the applicant'],
  'procedure.disqualifyingRelation': ['En saksbehandler har en nær relasjon etter fvl. § 6 første ledd', 'Ein sakshandsamar har ein nær relasjon etter fvl. § 6 første ledd', 'A decision maker has a relation under fvl § 6 first paragraph'],
  'procedure.otherCloseRelation': ['En saksbehandler står søkeren nær på annen måte (vennskap o.l.)', 'Ein sakshandsamar står søkjaren nær på annan måte (venskap o.l.)', 'A decision maker is otherwise close to the applicant (friendship etc.)'],
  'procedure.userHeard': ['Personen er hørt før vedtaket', 'Personen er høyrd før vedtaket', 'The person was heard before the decision'],
  'procedure.homeVisit': ['Hjemmebesøk eller tilsvarende kartlegging', 'Heimebesøk eller tilsvarande kartlegging', 'Home visit or equivalent assessment'],
  'procedure.informationFromOthersShared': ['Opplysninger fra andre er lagt fram for personen', 'Opplysningar frå andre er lagde fram for personen', 'Information from others was shared with the person'],
  'procedure.decisionMakers.0.relation': ['Relasjon til søkeren', 'Relasjon til søkjaren', 'Relation to the applicant'],
  'municipality.fvlAppealBody': ['Kommunens klageinstans etter forvaltningsloven', 'Klageinstansen til kommunen etter forvaltningslova', "The municipality's appeal body under the Public Administration Act"],
  'procedure.decisionMakerProvidesService': ['En saksbehandler yter tjenesten selv', 'Ein sakshandsamar yter tenesta sjølv', 'A decision maker provides the service'],
  'procedure.decisionMakers.0.role': ['Saksbehandlerens rolle', 'Rolla til sakshandsamaren', "The decision maker's role"],
  'procedure.decisionMakers.0.relatedToApplicant': ['I slekt med søkeren', 'I slekt med søkjaren', 'Related to the applicant'],
  'procedure.decisionMakers.0.providesTheService': ['Yter tjenesten selv', 'Yter tenesta sjølv', 'Provides the service'],
  language: ['Målform i brevet', 'Målform i brevet', 'Language of the letter'],
  'service.index': ['Tjenestelinjens nummer', 'Nummeret på tenestelinja', 'Service line number'],
  'service.type': ['Tjeneste', 'Teneste', 'Service'],
  'service.statutory': ['Tjenesten er lovpålagt', 'Tenesta er lovpålagd', 'The service is statutory'],
  'service.hourBased': ['Tjenesten gis i timer', 'Tenesta vert gitt i timar', 'The service is given in hours'],
  'service.grantedHoursPerWeek': ['Innvilget, timer per uke', 'Innvilga, timar per veke', 'Granted, hours a week'],
  'service.appliedHoursPerWeek': ['Søkt om, timer per uke', 'Søkt om, timar per veke', 'Applied for, hours a week'],
  'service.previousHoursPerWeek': ['Hadde før, timer per uke', 'Hadde før, timar per veke', 'Had before, hours a week'],
  'service.expectedDurationDays': ['Forventet varighet i dager', 'Venta varigheit i dagar', 'Expected duration in days'],
  'service.from': ['Fra dato', 'Frå dato', 'From'],
  'service.to': ['Til dato', 'Til dato', 'To'],
  'service.scopeStated': ['Vedtaket sier konkret omfang (ikke «ved behov»)', 'Vedtaket seier konkret omfang (ikkje «ved behov»)', 'The decision states the concrete scope (not "as needed")'],
  'service.timeLimitReasonGiven': ['Begrunnelsen sier hvorfor tjenesten er tidsbegrenset', 'Grunngjevinga seier kvifor tenesta er tidsavgrensa', 'The grounds say why the service is time-limited'],
  'service.chargeStated': ['Brevet sier at det tas egenandel', 'Brevet seier at det blir teke eigendel', 'The letter says a charge applies'],
  'service.timeLimited': ['Tjenesten er tidsbegrenset', 'Tenesta er tidsavgrensa', 'The service is time-limited'],
  'service.referenceRangeDefined': ['Kommunen har referansetildeling for tjenesten', 'Kommunen har referansetildeling for tenesta', 'The municipality has a reference allocation'],
  'service.referenceMinHours': ['Referansetildeling, minst timer', 'Referansetildeling, minst timar', 'Reference allocation, minimum hours'],
  'service.referenceMaxHours': ['Referansetildeling, høyst timer', 'Referansetildeling, høgst timar', 'Reference allocation, maximum hours'],
};

/** Reason codes the national rules look for in `decision.grounds.reasons`, in words. */
const reasons: Record<string, Tri> = {
  budget: ['budsjett', 'budsjett', 'budget'],
  capacity: ['kapasitet', 'kapasitet', 'capacity'],
  'other-service-responsible': ['en annen tjeneste har ansvaret', 'ei anna teneste har ansvaret', 'another service is responsible'],
  age: ['alder', 'alder', 'age'],
};

/** A reason code in words, or undefined when it has no name here yet. */
export function reasonName(code: string, lang: Language): string | undefined {
  return reasons[code]?.[index[lang]];
}

/** The request path of a service field, `decision.services.2.type`, named as its fact `service.type`. */
const asFact = (name: string) => name.replace(/^decision\.services\.\d+\./, 'service.');

/** The plain-language name of a fact or request field, or undefined when it has none yet. */
export function labelOf(name: string, lang: Language): string | undefined {
  return labels[asFact(name)]?.[index[lang]];
}

/** The outcome kinds of the decision record (contract 1.1), in the page's words. */
export const outcomeNames = (t: T): Record<z.infer<typeof OutcomeKind>, string> => ({ signed: t('outcomeSigned'), revised: t('outcomeRevised'), abandoned: t('outcomeAbandoned') });

/** The reason codes of a knowing departure from a finding (contract 1.1), in the page's words. */
export const reasonNames = (t: T): Record<z.infer<typeof DeviationReason>, string> => ({
  'professional-judgement': t('reasonProfessionalJudgement'),
  'new-information': t('reasonNewInformation'),
  'legal-advice': t('reasonLegalAdvice'),
  'rule-disputed': t('reasonRuleDisputed'),
});

/**
 * Whether a ruleset file still calls itself a draft of another act: the law it is written for is
 * not yet in force, so it must not be published (the fvl-2025 draft, no-national 2027.0.0-draft,
 * is titled "… (utkast for ny forvaltningslov)" and its changelog names LOV-2025-06-20-81).
 *
 * The test, on each text by itself (each language of the title, each line of the changelog
 * entry of the version being published; older entries are history and are not read):
 * - a draft word: a word beginning "utkast" (utkast, utkastet, utkasta) or the word "draft", and
 * - a name of another act: "ny"/"nye"/"nya" directly before a word ending in "lov", "lova" or
 *   "loven" (ny forvaltningslov, nye forvaltningslova); "new" followed within three words by
 *   "Act" (the new Public Administration Act); a Lovdata id of an act (LOV-2025-06-20-81); or a
 *   short name with a year (fvl-2025).
 * Both must be in the same text. A draft word alone ("Draft: lower the threshold") or an act
 * alone ("follows forvaltningsloven § 17") is not enough.
 */
const draftWord = /\b(?:utkast\p{L}*|draft)(?![\p{L}-])/iu;
const otherAct = [
  /(?<!\p{L})ny(?:e|a)?\s+\p{L}*lov(?:a|en)?(?!\p{L})/iu,
  /\bnew\s+(?:[\p{L}-]+\s+){0,3}Act\b/u,
  /\bLOV-\d{4}-\d{2}-\d{2}-\d+\b/,
  /(?<![\p{L}-])\p{Ll}{2,8}-\d{4}(?![\d-])/u,
];

export interface ActDraftMention {
  /** Where it was found: title.nb, changelog 2027.0.0-draft. */
  where: string;
  /** The words that name the other act. */
  act: string;
}

/** The first text that calls the file a draft of another act, or undefined. */
export function actDraftMention(texts: readonly { where: string; text: string }[]): ActDraftMention | undefined {
  for (const { where, text } of texts) {
    if (!draftWord.test(text)) continue;
    for (const pattern of otherAct) {
      const act = pattern.exec(text)?.[0];
      if (act) return { where, act };
    }
  }
  return undefined;
}

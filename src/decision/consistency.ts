/**
 * Contract 1.1, "Request: consistency": a decision whose kind contradicts its lines is never
 * evaluated, so a label can never hide a rejection, a reduction or a termination. Which rules run
 * depends on the kind (appliesTo.kinds); a grant labelled over a refused line would skip every check
 * of a refusal and could answer `clear`.
 *
 * Further checks go beyond the contract's list, for the same reason, and are documented in the
 * OpenAPI description of `decision.kind`: a `grant` may not grant 0 hours on a line (that line is
 * refused); only a `reduction` or `termination` may grant fewer hours than the person had before; a
 * `partial-grant` whose every line states its hours may not grant nothing (a rejection) or everything
 * applied for (a grant); a `reduction` whose every line states its hours may not end them all (a
 * termination). Where a line does not state hours, its kind cannot be read from it and is not judged.
 */

export interface LineHours {
  /** From the catalogue in force: the line is measured in hours a week. */
  hourBased: boolean;
  grantedHoursPerWeek?: number | undefined;
  appliedHoursPerWeek?: number | null | undefined;
  previousHoursPerWeek?: number | null | undefined;
  type: string;
}

export interface KindContradiction {
  path: (string | number)[];
  message: string;
}

const given = (n: number | null | undefined): n is number => typeof n === 'number';

/** Every contradiction between `kind` and the lines, each at the field that shows it. */
export function kindContradictions(kind: string, lines: readonly LineHours[]): KindContradiction[] {
  const out: KindContradiction[] = [];
  const at = (i: number, field: string, message: string) => out.push({ path: ['decision', 'services', i, field], message });
  const hourLines = lines.map((line, i) => ({ line, i })).filter(({ line }) => given(line.grantedHoursPerWeek));

  for (const { line, i } of hourLines) {
    const granted = line.grantedHoursPerWeek!;
    if (given(line.previousHoursPerWeek) && granted < line.previousHoursPerWeek && kind !== 'reduction' && kind !== 'termination') {
      at(i, 'grantedHoursPerWeek', `grants fewer hours than previousHoursPerWeek, so the decision is a reduction or termination, not a ${kind}`);
    }
  }
  switch (kind) {
    case 'grant':
      for (const { line, i } of hourLines) {
        if (given(line.appliedHoursPerWeek) && line.grantedHoursPerWeek! < line.appliedHoursPerWeek) {
          at(i, 'grantedHoursPerWeek', 'grants fewer hours than appliedHoursPerWeek, so the decision is a partial-grant or rejection, not a grant');
        } else if (line.grantedHoursPerWeek === 0) {
          at(i, 'grantedHoursPerWeek', 'grants 0 hours, so this line is refused and the decision is not a grant');
        }
      }
      break;
    case 'rejection':
      for (const { line, i } of hourLines) {
        if (line.grantedHoursPerWeek! > 0) at(i, 'grantedHoursPerWeek', 'grants hours, so the decision is not a rejection');
      }
      break;
    case 'partial-grant': {
      if (hourLines.length === lines.length && hourLines.every(({ line }) => line.grantedHoursPerWeek === 0)) {
        out.push({ path: ['decision', 'kind'], message: 'is partial-grant, but every line grants 0 hours, so the decision is a rejection' });
      } else if (hourLines.length === lines.length && hourLines.every(({ line }) => given(line.appliedHoursPerWeek) && line.grantedHoursPerWeek! >= line.appliedHoursPerWeek)) {
        out.push({ path: ['decision', 'kind'], message: 'is partial-grant, but every line grants all the hours applied for, so the decision is a grant' });
      }
      break;
    }
    case 'reduction':
      if (hourLines.length === lines.length && hourLines.every(({ line }) => line.grantedHoursPerWeek === 0)) {
        out.push({ path: ['decision', 'kind'], message: 'is reduction, but every line grants 0 hours, so the decision is a termination' });
      } else if (!hourLines.some(({ line }) => given(line.previousHoursPerWeek) && line.grantedHoursPerWeek! < line.previousHoursPerWeek)) {
        out.push({ path: ['decision', 'kind'], message: 'is reduction, but no line grants fewer hours than its previousHoursPerWeek' });
      }
      break;
    case 'termination':
      lines.forEach((line, i) => {
        if (given(line.grantedHoursPerWeek) && line.grantedHoursPerWeek > 0) at(i, 'grantedHoursPerWeek', 'grants hours, so the decision is not a termination');
        if (line.hourBased && !given(line.previousHoursPerWeek)) at(i, 'previousHoursPerWeek', 'is required for a termination: the hours the person had before');
      });
      break;
    case 'waiting-list':
      lines.forEach((line, i) => {
        if (line.type !== 'long-term-stay') at(i, 'type', 'must be long-term-stay: a waiting-list decision is about a long-term stay');
      });
      break;
  }
  return out;
}

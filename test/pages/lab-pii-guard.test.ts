import { describe, expect, it } from 'vitest';
import { as, baseRequest, testApp } from '../helpers.ts';
import { validNumber } from '../pii-numbers.ts';

// The lab takes pasted JSON and form fields: the same personal-data guard as the API applies.
const app = testApp();
const fødselsnummer = validNumber('150387');

describe('rule lab personal-data guard', () => {
  it('refuses a pasted request holding an identity number, naming the field, with no verdict', async () => {
    const request = baseRequest('clear-grant');
    request.decision.grounds.text = `Gjeld ${fødselsnummer}.`;
    const response = await app.request('/lab', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...as('caseworker') },
      body: new URLSearchParams([['action', 'json'], ['json', JSON.stringify(request)]]),
    });
    const html = await response.text();
    expect(html).toContain('decision.grounds.text');
    // The pasted text is shown back in its own box so the person can remove the number; it is
    // never stored or logged, and appears nowhere else on the page.
    expect(html.split(fødselsnummer).length - 1).toBe(1);
    expect(html).not.toContain('data-rule=');
    expect(html).not.toContain('class="verdict');
  });
});

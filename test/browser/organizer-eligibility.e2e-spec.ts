// The organization's eligibility rules (issue 22): an organizer changes a day count between
// kinds of donation on the settings page, is told what is wrong beside the field, and saves; an
// empty field is the default again.
import AxeBuilder from '@axe-core/playwright';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';

describe('the eligibility rules page', () => {
  const journey = useJourney('eligibility');

  it('edits the days from whole blood to platelets, refusing a value out of range beside the field', async () => {
    const page = await journey.organizerPage();
    await page.goto(`${journey.platform.url}/eligibility`);
    await page.getByRole('heading', { name: 'Eligibility rules' }).waitFor();
    const field = page.getByRole('textbox', { name: 'Platelets after whole blood' });
    await expect(field.getAttribute('placeholder')).resolves.toBe('Default: 90');
    // Read by axe here too (organizer-clarity reads it among every page): nothing to find.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await field.fill('0');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Enter a number from 1 to 3650.').waitFor();

    await field.fill('60');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await page.getByText('Eligibility rules saved.').waitFor();
    await screenshot(page, 'organizer-eligibility-en');
    const saved = await journey.sql<{ days: number }>(`SELECT (eligibility_rules->>'plateletsAfterWholeBloodDays')::int AS days FROM organizations WHERE eligibility_rules ? 'plateletsAfterWholeBloodDays' AND eligibility_rules->>'plateletsAfterWholeBloodDays' IS NOT NULL`);
    expect(saved).toEqual([{ days: 60 }]);

    // Empty again: the default (nothing stored for it), so other journeys meet the usual rules.
    await field.fill('');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect(field.inputValue()).resolves.toBe('');
    await page.getByText('Eligibility rules saved.').first().waitFor();
  });
});

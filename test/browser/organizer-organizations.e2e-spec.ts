// Organizations and the roles within one (issue 19), in Debian's Chromium against the built
// platform: an admin creates an organization and invites its organizer; the organizer invites
// desk staff for one drive; the desk person lands on their desk and checks someone in, with no
// other page in their menu, and later gets another drive's desk from the organizer; a viewer reads
// a drive but finds no button that changes it.
import { Page } from 'playwright-core';
import { screenshot } from '../support/browser';
import { useJourney } from '../support/journey';
import { LAPTOP, TABLET } from '../support/organizer-app';
import { signUpDirectly } from '../support/public-drive';

describe('organizations, desk staff and viewers in the organizers’ app', () => {
  const journey = useJourney('organizations', { RATE_LIMIT_LOGIN: '200' });

  /** Sets a password through the invitation's link, as the invitee would, and returns where it lands. */
  async function acceptInvitation(link: string, password: string, screen: typeof LAPTOP | typeof TABLET = TABLET): Promise<Page> {
    const page = await journey.page({ ...screen });
    const url = new URL(link);
    await page.goto(`${journey.platform.url}${url.pathname}${url.hash}`);
    await page.getByLabel('New password').fill(password);
    await page.getByLabel('Repeat the password').fill(password);
    await page.getByRole('button', { name: 'Save and log in' }).click();
    return page;
  }

  it('lets an admin create an organization and invite its organizer, who invites desk staff for one drive; the desk person checks someone in and sees nothing else, until the organizer gives them another desk', async () => {
    // The admin makes the organization; a taken name is refused beside the field.
    const admin = await journey.organizerPage();
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organizations' }).click();
    await admin.getByRole('heading', { name: 'Organizations' }).waitFor();
    const name = admin.getByRole('textbox', { name: /^Name/ });
    await name.fill('Hohhot Blood Center');
    await admin.getByRole('button', { name: 'Create the organization' }).click();
    const organizations = admin.getByTestId('organizations');
    await organizations.getByRole('cell', { name: 'Hohhot Blood Center', exact: true }).waitFor();
    await name.fill('Hohhot Blood Center');
    await admin.getByRole('button', { name: 'Create the organization' }).click();
    await admin.getByText('An organization of this name exists already.').waitFor();
    await expect(name.getAttribute('aria-invalid')).resolves.toBe('true');

    await admin.getByRole('button', { name: 'Invite someone into Hohhot Blood Center' }).click();
    const invite = admin.getByRole('dialog', { name: 'Invite someone into Hohhot Blood Center' });
    await invite.getByLabel(/^Name/).fill('Gao Lan');
    await invite.getByLabel(/^E-mail/).fill('gao.lan@hohhot-blood.test');
    await expect(invite.getByRole('combobox', { name: 'Role' }).inputValue()).resolves.toBe('Organizer');
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    const organizerLink = await admin.getByTestId('invitation-link').inputValue();
    await screenshot(admin, 'organizer-organizations');

    // The organization's drive and a volunteer signed up for it (made as the admin would, for it).
    const { organizations: all } = await journey.organizer.ok(`{ organizations { id name } }`);
    const organizationId = all.find((o: { name: string }) => o.name === 'Hohhot Blood Center').id;
    const drive = await journey.organizer.drive('Wanda Plaza blood day', [20], { input: { organizationId } });
    await journey.organizer.drive('Campus week (draft)', [20], { status: 'DRAFT', input: { organizationId } });
    await signUpDirectly(journey.platform, drive, { name: 'Han Xue', phone: '13604719999' });

    // The organizer sees their organization's name and invites desk staff for that drive.
    const organizer = await acceptInvitation(organizerLink, 'organizer-password-1', LAPTOP);
    await organizer.waitForURL(/\/drives$/);
    await expect(organizer.getByTestId('organization-name').textContent()).resolves.toBe('Hohhot Blood Center');
    await organizer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await organizer.getByRole('button', { name: 'Invite someone' }).click();
    const desk = organizer.getByRole('dialog', { name: 'Invite someone' });
    await desk.getByLabel(/^Name/).fill('Ma Li');
    await desk.getByLabel(/^E-mail/).fill('ma.li@hohhot-blood.test');
    await desk.getByRole('combobox', { name: 'Role' }).click();
    await organizer.getByRole('option', { name: 'Desk staff' }).click();
    // Without a drive the API refuses, and says so on the drives' field.
    await desk.getByRole('button', { name: 'Send the invitation' }).click();
    await desk.getByText('Choose at least one drive whose desk this person works.').waitFor();
    await desk.getByRole('combobox', { name: /^Drives at whose desk they work/ }).click();
    await organizer.getByRole('option', { name: 'Campus week (draft)' }).waitFor();
    await organizer.getByRole('option', { name: 'Wanda Plaza blood day' }).click();
    await desk.getByRole('heading', { name: 'Invite someone' }).click(); // closes the list
    await desk.getByRole('button', { name: 'Send the invitation' }).click();
    const deskLink = await organizer.getByTestId('invitation-link').inputValue();
    const row = organizer.getByTestId('users').getByRole('row').filter({ hasText: 'ma.li@hohhot-blood.test' });
    await row.getByRole('cell', { name: 'Desk staff', exact: true }).waitFor();
    await row.getByRole('link', { name: 'Wanda Plaza blood day' }).waitFor();
    await screenshot(organizer, 'organizer-organizations-people');

    // The desk person lands on their desk list, on a tablet, and checks Han Xue in.
    const tablet = await acceptInvitation(deskLink, 'desk-password-123');
    await tablet.waitForURL(/\/desk$/);
    await tablet.getByRole('heading', { name: 'Your check-in desks' }).waitFor();
    const desks = tablet.getByTestId('desk-drives');
    await desks.getByRole('article', { name: 'Wanda Plaza blood day' }).waitFor();
    await expect(desks.getByRole('article').count()).resolves.toBe(1);
    await screenshot(tablet, 'organizer-organizations-desks-tablet');
    await desks.getByRole('link', { name: 'Open the desk of Wanda Plaza blood day' }).click();
    const search = tablet.getByRole('textbox', { name: 'Find a person' });
    await search.fill('13604719999');
    await search.press('Enter');
    const han = tablet.getByRole('article', { name: 'Han Xue' });
    await han.getByRole('button', { name: 'Check in · Han Xue' }).click();
    await han.getByText('Checked in', { exact: true }).waitFor();
    await screenshot(tablet, 'organizer-organizations-desk-check-in');

    // Nothing else in the menu, no drive tabs, and the other pages are not theirs.
    await expect(tablet.getByRole('tab').count()).resolves.toBe(0);
    await tablet.getByRole('button', { name: 'Open the menu' }).click();
    const nav = tablet.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Check-in desks' }).waitFor();
    for (const other of ['Drives', 'Teams & colleges', 'Messages', 'People', 'Organizations']) {
      await expect(nav.getByRole('link', { name: other }).count()).resolves.toBe(0);
    }
    await tablet.goto(`${journey.platform.url}/teams`);
    await tablet.getByText('Your account cannot open this page.').waitFor();

    // The organizer gives Ma Li the draft drive's desk too, from her row's menu; her drive stays chosen.
    await row.getByRole('button', { name: 'Actions for Ma Li' }).click();
    await organizer.getByRole('menuitem', { name: 'Desk drives' }).click();
    const deskDrives = organizer.getByRole('dialog', { name: 'Desk drives of Ma Li' });
    await deskDrives.getByRole('combobox', { name: /^Drives at whose desk they work/ }).click();
    await organizer.getByRole('option', { name: 'Campus week (draft)' }).click();
    await deskDrives.getByRole('heading', { name: 'Desk drives of Ma Li' }).click(); // closes the list
    await screenshot(organizer, 'organizer-organizations-desk-drives');
    await deskDrives.getByRole('button', { name: 'Save the drives' }).click();
    await organizer.getByText('The desk drives of Ma Li are saved.').waitFor();
    await row.getByRole('link', { name: 'Campus week (draft)' }).waitFor();
    await row.getByRole('link', { name: 'Wanda Plaza blood day' }).waitFor();

    // Her desk list has both now, without logging in again.
    await tablet.goto(`${journey.platform.url}/desk`);
    await desks.getByRole('article', { name: 'Campus week (draft)' }).waitFor();
    await desks.getByRole('article', { name: 'Wanda Plaza blood day' }).waitFor();
    await expect(desks.getByRole('article').count()).resolves.toBe(2);
  });

  it('shows a viewer the drives but no button that changes them', async () => {
    const { organizations } = await journey.organizer.ok(`{ organizations { id name } }`);
    const draft = await journey.organizer.drive('Viewer’s draft drive', [10], { status: 'DRAFT', input: { organizationId: organizations[0].id } });
    const { inviteUser } = await journey.organizer.ok(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`, {
      input: { email: 'viewer@relay.test', name: 'Lu Ping', role: 'VIEWER', organizationId: organizations[0].id },
    });
    const page = await acceptInvitation(inviteUser.setPasswordUrl, 'viewer-password-1', LAPTOP);
    await page.waitForURL(/\/drives$/);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const item of ['Drives', 'Teams & colleges', 'Messages']) await nav.getByRole('link', { name: item }).waitFor();
    await expect(nav.getByRole('link', { name: 'People' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Viewer’s draft drive' }).waitFor();
    await expect(page.getByRole('link', { name: 'New drive' }).count()).resolves.toBe(0);

    await page.goto(`${journey.platform.url}/drives/${draft.id}`);
    await page.getByRole('heading', { name: 'Viewer’s draft drive' }).waitFor();
    await page.getByTestId('goal-sign-ups').waitFor();
    await page.getByRole('tab', { name: 'Sign-ups' }).waitFor();
    await expect(page.getByRole('tab', { name: 'Check-in desk' }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: 'Edit' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Publish' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Copy as template' }).count()).resolves.toBe(0);
    await screenshot(page, 'organizer-organizations-viewer-dashboard');

    await page.getByRole('tab', { name: 'Sign-ups' }).click();
    await page.getByRole('button', { name: /Export/ }).waitFor();
    await expect(page.getByRole('button', { name: /Import/ }).count()).resolves.toBe(0);
  });
});

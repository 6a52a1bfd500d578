import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, DEMO_USERS } from '../../server/src/demo/seed.js';
import { DEMO_PASSWORD, mainNav, RESULTS_DIR, signIn, useDemoSite, visible } from './support.js';

const { openSignInPage } = useDemoSite();

describe('signing in to the SPA', () => {
  it('signs in as an administrator, opens People, and signs out', async () => {
    const page = await openSignInPage();
    await signIn(page, 'admin@demo.example', DEMO_PASSWORD);

    await visible(page.getByRole('heading', { level: 1, name: 'Home' }));
    await visible(
      page.getByText('Signed in as Ada Admin (admin@demo.example) on Demo Consultancy'),
    );
    await visible(page.getByRole('banner').getByText('Ada Admin'));
    await visible(page.getByRole('heading', { name: 'What you can do' }));
    await visible(page.getByText('See the people of the site'));
    await page.screenshot({ path: `${RESULTS_DIR}home.png`, fullPage: true });

    await mainNav(page).getByRole('link', { name: 'People' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'People' }));
    const table = page.getByRole('table');
    for (const name of ['Ada Admin', 'Mona Manager', 'Emil Employee']) {
      await visible(table.getByRole('row', { name: new RegExp(name) }));
    }
    const people = DEMO_USERS.length + DEMO_TEAM.length;
    expect(await table.getByRole('row').filter({ hasText: '@demo.example' }).count()).toBe(people);
    await visible(page.getByText(`Showing ${people} of ${people} people`));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await visible(page.getByRole('heading', { name: 'Sign in to Horae' }));
    await visible(page.getByText('You have signed out.'));
    expect(await page.getByText('Ada Admin').count()).toBe(0);
  });

  it('shows the server’s message for a wrong password and stays on the sign-in page', async () => {
    const page = await openSignInPage();
    await signIn(page, 'admin@demo.example', 'not-the-right-password-at-all');

    const alert = page.getByRole('alert');
    await visible(alert);
    expect(await alert.textContent()).toBe(
      'The site, email or password is not right. Check them and try again.',
    );
    await visible(page.getByRole('heading', { name: 'Sign in to Horae' }));
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
  });

  it('does not offer People to an employee', async () => {
    const page = await openSignInPage();
    await signIn(page, 'employee@demo.example', DEMO_PASSWORD);

    await visible(
      page.getByText('Signed in as Emil Employee (employee@demo.example)', { exact: false }),
    );
    await visible(mainNav(page).getByRole('link', { name: 'Home' }));
    expect(await mainNav(page).getByRole('link', { name: 'People' }).count()).toBe(0);
    expect(await mainNav(page).getByRole('link', { name: 'Groups' }).count()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { GraphQLClient } from '../../server/test/graphql-client.js';
import { DEMO_PASSWORD, heading, mainNav, useDemoSite, visible } from './support.js';

const EMPLOYEE = 'employee@demo.example';

const { server, signedInAs } = useDemoSite();

/** A session cookie of the employee that no longer works (signed out on the server). */
async function replacedCookie(): Promise<string> {
  const earlier = new GraphQLClient(server().url);
  expect((await earlier.login('demo', EMPLOYEE, DEMO_PASSWORD)).data.login.errors).toEqual([]);
  const cookie = earlier.cookie!;
  await earlier.request('mutation { logout { ok } }');
  return cookie;
}

describe('a request answered for a cookie the browser has already replaced', () => {
  // The second sign-in step, "Confirm it's you" and a password change each give the browser a new
  // session cookie; a request sent just before is answered for the old one. That answer must not
  // sign the person out while the cookie they hold now works.
  it('keeps the person signed in and shows the page they opened', async () => {
    const stale = await replacedCookie();
    const page = await signedInAs(EMPLOYEE);

    // The next page's first request is answered for the old cookie, as if sent before the change.
    let sentWithOldCookie = 0;
    await page.route('**/graphql', async route => {
      const request = route.request();
      if (sentWithOldCookie === 0 && !(request.postData() ?? '').includes('SessionCheck')) {
        sentWithOldCookie++;
        // The server's answer for the old cookie (the browser would send the one it holds).
        const answer = await fetch(request.url(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: stale },
          body: request.postData(),
        });
        await route.fulfill({
          status: answer.status,
          contentType: 'application/json',
          body: await answer.text(),
        });
        return;
      }
      await route.continue();
    });
    await mainNav(page).getByRole('link', { name: 'Timesheet' }).click();
    await visible(heading(page, 'Timesheet'));
    await visible(page.getByRole('button', { name: 'Submit week' }));
    expect(sentWithOldCookie).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/time');
    expect(await page.getByRole('heading', { name: 'Sign in to Horae' }).count()).toBe(0);
  });

  it('still signs out, saying why, when the cookie the browser holds has ended too', async () => {
    const page = await signedInAs(EMPLOYEE);
    await server().sql(
      `update session set revoked_at = now(), revoked_reason = 'admin'
       where user_id = (select id from app_user where email = $1) and revoked_at is null`,
      [EMPLOYEE],
    );
    await mainNav(page).getByRole('link', { name: 'Timesheet' }).click();
    await visible(page.getByRole('heading', { name: 'Sign in to Horae' }));
    await visible(page.getByText(/signed out|ended|no longer/i).first());
  });
});

import fs from 'node:fs';
import { type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  csvExportCurl,
  curlCommand,
  partnerExample,
} from '../src/features/services/partner-examples.js';
import { heading, mainNav, RESULTS_DIR, shoot, useDemoSite, visible } from './support.js';

const ADMIN = 'admin@demo.example';
const SERVICE = 'Payroll export';

const { server, signedInAs } = useDemoSite({
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
});

/** What a partner's program gets: a plain HTTP request with the token, as curl would send. */
async function asPartner(secret: string, query: string) {
  const res = await fetch(`${server().url}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as {
    data: any;
    errors?: { path?: (string | number)[]; extensions: { code: string } }[];
  };
}

const CUSTOMERS = '{ customers(first: 5) { nodes { name vatNumber } } }';

/**
 * The values listed in one cell of a preview comparison row ("You see" or "The service sees"),
 * null for an empty value (shown as a dash).
 */
async function listed(cell: Locator): Promise<(string | null)[]> {
  return (await cell.getByRole('listitem').allInnerTexts()).map(text =>
    text.trim().startsWith('—') ? null : text.trim(),
  );
}

/** The row of a field in a sample's comparison: its cells are you, the service, the difference. */
function comparisonRow(page: Page, sample: string, field: string): Locator {
  return page
    .getByRole('region', { name: sample, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: field }) });
}

describe('services: partner integrations', () => {
  it('creates a service, issues a token, previews what it sees, and the token sees exactly that', async () => {
    const page = await signedInAs(ADMIN);

    // A new service: name, contact, quota; it opens on its own page.
    await mainNav(page).getByRole('link', { name: 'Services' }).click();
    await visible(heading(page, 'Services'));
    await visible(page.getByText('No services yet.'));
    await page.getByRole('button', { name: 'New service' }).click();
    const create = page.getByRole('dialog', { name: 'New service' });
    await create.getByLabel('Name', { exact: true }).fill(SERVICE);
    await create.getByLabel('Description (optional)').fill('Monthly hours to the payroll system');
    await create.getByLabel('Contact (optional)').fill('it@payroll.example');
    await create.getByLabel('Quota (requests per minute)').fill('120');
    await create.getByRole('button', { name: 'Add service' }).click();
    await visible(heading(page, SERVICE));
    await visible(page.getByText(`Added ${SERVICE}.`));

    // Permissions: customers and projects only (a new service also reads time entries).
    const permissions = page.getByRole('region', { name: 'Permissions' });
    expect(await permissions.getByLabel('See customers').isChecked()).toBe(true);
    expect(await permissions.getByLabel('See projects and their tasks').isChecked()).toBe(true);
    await permissions.getByLabel('See time entries').uncheck();
    await permissions.getByRole('button', { name: 'Save permissions' }).click();
    await visible(permissions.getByText(`Saved the permissions of ${SERVICE}.`));
    // What a service can never hold is not offered.
    expect(await permissions.getByLabel('Change security settings').count()).toBe(0);

    // Sensitive fields: nothing is exposed.
    const fields = page.getByRole('region', { name: 'Sensitive fields' });
    const vatToggle = fields.getByLabel('Customer VAT number');
    expect(await vatToggle.isChecked()).toBe(false);
    expect(await fields.getByRole('checkbox', { checked: true }).count()).toBe(0);

    // A token: the secret is shown once, with a curl line to try it.
    const tokens = page.getByRole('region', { name: 'Tokens' });
    await tokens.getByRole('button', { name: 'New token' }).click();
    const issue = page.getByRole('dialog', { name: 'New token' });
    await issue.getByLabel('Name').fill('Production');
    await issue.getByLabel('Expires after').selectOption({ label: '90 days' });
    await issue.getByRole('button', { name: 'Issue token' }).click();
    const shown = page.getByRole('dialog', { name: `Token for ${SERVICE}` });
    await visible(shown.getByText('you will not see it again'));
    const secret = await shown.getByLabel('Token secret').inputValue();
    expect(secret).toMatch(/^horae_pat_[A-Za-z0-9_-]{43}$/);
    await visible(
      shown.getByText(curlCommand(partnerExample('access'), { url: server().url, token: secret })),
    );
    await shoot(page, 'services-token');
    await shown.getByRole('button', { name: 'Done, I have copied it' }).click();
    const tokenRow = tokens.getByRole('row').filter({ hasText: 'Production' });
    await visible(tokenRow.getByText(`${secret.slice(0, 16)}…`));
    await visible(tokenRow.getByText('Active'));
    expect(await page.getByText(secret).count()).toBe(0);
    await shoot(page, 'services-detail');

    // The schema of exactly what it may use: customers without their VAT number, no people.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download schema' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SERVICE}.graphql`);
    const sdl = fs.readFileSync(await download.path(), 'utf8');
    expect(sdl).toContain('type Customer {');
    expect(sdl).toContain('customers(');
    expect(sdl).not.toContain('vatNumber');
    expect(sdl).not.toMatch(/^\s+users\(/m);

    // The list: permissions, active tokens and quota at a glance.
    await page.getByRole('link', { name: 'All services' }).click();
    const listRow = page.getByRole('row').filter({ hasText: SERVICE });
    await visible(listRow.getByText('2 permissions'));
    await visible(listRow.getByText('120 / min'));
    await visible(listRow.getByText('it@payroll.example'));
    await shoot(page, 'services-list');

    // Preview: the admin's view next to the service's, field by field.
    await listRow.getByRole('link', { name: SERVICE }).click();
    await page.getByRole('link', { name: 'Preview as this service' }).click();
    await visible(heading(page, `Preview as ${SERVICE}`));
    await page.getByRole('button', { name: 'Start preview' }).click();
    await visible(page.getByText('The preview token expires at'));
    const access = page.getByRole('region', { name: 'What the API says about the token' });
    await visible(access.getByText(`Service ${SERVICE}`));
    const vat = comparisonRow(page, 'Customers', 'VAT number');
    await visible(vat.getByText('Hidden from the service'));
    const vatCells = vat.getByRole('cell');
    expect(await listed(vatCells.nth(0))).toContain('NL001234567B01');
    const hiddenForService = await listed(vatCells.nth(1));
    expect(hiddenForService.length).toBe(5);
    expect(new Set(hiddenForService)).toEqual(new Set(['hidden (FORBIDDEN)']));
    const names = comparisonRow(page, 'Customers', 'Name');
    await visible(names.getByRole('cell', { name: 'Same' }));
    const serviceNames = await listed(names.getByRole('cell').nth(1));
    expect(serviceNames).toContain('Nordwind Logistics');
    // People and time entries: the service holds neither user.read nor (any more) timeEntry.read.
    await visible(
      page
        .getByRole('region', { name: 'People' })
        .getByText(/Not permitted for the service: .*"user\.read"/),
    );
    await visible(
      page
        .getByRole('region', { name: 'Approved time entries' })
        .getByText(/Not permitted for the service: .*"timeEntry\.read"/),
    );
    await shoot(page, 'services-preview');

    // A partner with the token gets exactly that: names, and each VAT number null + FORBIDDEN.
    const hidden = await asPartner(secret, CUSTOMERS);
    expect(hidden.data.customers.nodes.map((n: { name: string }) => n.name)).toEqual(serviceNames);
    expect(
      hidden.data.customers.nodes.every((n: { vatNumber: unknown }) => n.vatNumber === null),
    ).toBe(true);
    expect(hidden.errors?.map(e => [e.extensions.code, e.path])).toEqual(
      serviceNames.map((_, i) => ['FORBIDDEN', ['customers', 'nodes', i, 'vatNumber']]),
    );
    expect(
      (await asPartner(secret, '{ users { nodes { id } } }')).errors?.[0]?.extensions.code,
    ).toBe('FORBIDDEN');

    // Expose the VAT number on the service's page: the preview and the token now show it.
    await page.locator('.back-link').getByRole('link', { name: SERVICE }).click();
    await visible(heading(page, SERVICE));
    await page
      .getByRole('region', { name: 'Sensitive fields' })
      .getByLabel('Customer VAT number')
      .check();
    await visible(page.getByText(`Customer VAT number is now exposed to ${SERVICE}.`));
    await page.getByRole('link', { name: 'Preview as this service' }).click();
    await page.getByRole('button', { name: 'Start preview' }).click();
    const vatNow = comparisonRow(page, 'Customers', 'VAT number');
    await visible(vatNow.getByRole('cell', { name: 'Same' }));
    const vatForService = await listed(vatNow.getByRole('cell').nth(1));
    expect(vatForService).toContain('NL001234567B01');
    expect(vatForService).not.toContain('hidden (FORBIDDEN)');
    await visible(access.getByText('Customer VAT number'));
    await shoot(page, 'services-preview-exposed');

    const visibleNow = await asPartner(secret, CUSTOMERS);
    expect(visibleNow.errors).toBeUndefined();
    expect(visibleNow.data.customers.nodes.map((n: { vatNumber: unknown }) => n.vatNumber)).toEqual(
      vatForService,
    );

    // Hide it again: at the partner's next request it is null with FORBIDDEN once more.
    await page.locator('.back-link').getByRole('link', { name: SERVICE }).click();
    await page
      .getByRole('region', { name: 'Sensitive fields' })
      .getByLabel('Customer VAT number')
      .uncheck();
    await visible(page.getByText(`Customer VAT number is now hidden from ${SERVICE}.`));
    const hiddenAgain = await asPartner(secret, CUSTOMERS);
    expect(
      hiddenAgain.data.customers.nodes.map((n: { vatNumber: unknown }) => n.vatNumber),
    ).toEqual(vatForService.map(() => null));
    expect(hiddenAgain.errors?.map(e => e.extensions.code)).toEqual(
      vatForService.map(() => 'FORBIDDEN'),
    );

    // Revoking the token (after confirming) locks the partner out at once.
    await tokenRow.getByRole('button', { name: 'Revoke the token Production' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke Production?' });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await visible(tokenRow.getByText('Revoked'));
    expect((await asPartner(secret, CUSTOMERS)).errors?.[0]?.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('shows the partner guide with the same examples the server test runs', async () => {
    const page = await signedInAs('employee@demo.example');
    await page.goto('/partners');
    await visible(heading(page, 'For partners'));
    for (const id of ['access', 'hidden-field', 'rate-limited']) {
      await visible(page.getByText(curlCommand(partnerExample(id)), { exact: true }));
    }
    await visible(page.getByRole('rowheader', { name: 'RATE_LIMITED' }));
    await visible(page.getByText(csvExportCurl(), { exact: true }));
    await page.screenshot({ path: `${RESULTS_DIR}partners.png` });
    await page
      .getByRole('heading', { name: 'A field hidden from the service' })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${RESULTS_DIR}partners-hidden-field.png` });
  });

  it('deletes a service after confirming; its tokens stop working at once', async () => {
    const page = await signedInAs(ADMIN);
    await page.goto('/services');
    await page.getByRole('button', { name: 'New service' }).click();
    const create = page.getByRole('dialog', { name: 'New service' });
    await create.getByLabel('Name', { exact: true }).fill('Short-lived');
    await create.getByRole('button', { name: 'Add service' }).click();
    await visible(heading(page, 'Short-lived'));
    await page.getByRole('button', { name: 'New token' }).click();
    await page.getByRole('dialog', { name: 'New token' }).getByLabel('Name').fill('Test');
    await page.getByRole('button', { name: 'Issue token' }).click();
    const secret = await page.getByLabel('Token secret').inputValue();
    await page.getByRole('button', { name: 'Done, I have copied it' }).click();
    expect((await asPartner(secret, '{ access { serviceName } }')).data.access.serviceName).toBe(
      'Short-lived',
    );

    await page.getByRole('button', { name: 'Delete service' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Short-lived?' });
    await visible(confirm.getByText('Its active token stops working at once'));
    await confirm.getByRole('button', { name: 'Delete service' }).click();
    await visible(heading(page, 'Services'));
    await visible(page.getByText('Deleted Short-lived. Its tokens no longer work.'));
    expect(
      (await asPartner(secret, '{ access { serviceName } }')).errors?.[0]?.extensions.code,
    ).toBe('UNAUTHENTICATED');
  });
});

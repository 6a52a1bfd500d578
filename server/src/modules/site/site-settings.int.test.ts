import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../../../test/graphql-client.js';
import { givenSite, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestServer, type TestServer } from '../../../test/harness.js';

describe('site security settings', () => {
  let server: TestServer;
  let admin: GraphQLClient;
  beforeAll(async () => {
    server = await startTestServer();
    await givenSite(server, 'acme');
    admin = new GraphQLClient(server.url);
    await admin.login('acme', 'admin@acme.example', TEST_PASSWORD);
  });
  afterAll(() => server.close());

  const UPDATE = `mutation($i: SiteSettingsInput!) { siteSettingsUpdate(input: $i) {
    settings { minPasswordScore sessionIdleMinutes sessionAbsoluteHours mfaRequired timeZone } errors { field code message } } }`;

  it('shows the defaults and changes them within the allowed ranges, audited', async () => {
    const current = await admin.request(
      '{ siteSettings { minPasswordScore sessionIdleMinutes sessionAbsoluteHours mfaRequired ssoMode } }',
    );
    expect(current.data.siteSettings).toEqual({
      minPasswordScore: 3,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      mfaRequired: 'NONE',
      ssoMode: 'OFF',
    });
    const res = await admin.request(UPDATE, {
      i: { minPasswordScore: 4, sessionIdleMinutes: 15, mfaRequired: 'ADMINS' },
    });
    expect(res.data.siteSettingsUpdate).toEqual({
      settings: {
        minPasswordScore: 4,
        sessionIdleMinutes: 15,
        sessionAbsoluteHours: 12,
        mfaRequired: 'ADMINS',
        timeZone: 'Europe/Amsterdam',
      },
      errors: [],
    });
    // Requiring MFA for administrators applies to this administrator at once.
    const next = await admin.request('{ siteSettings { minPasswordScore } }');
    expect(next.errors?.[0]?.extensions?.reason).toBe('MFA_ENROLLMENT_REQUIRED');
    await server.sql(`update site set mfa_required = 'none'`);
    const [event] = await server.sql<{ data: unknown }>(
      `select data from audit_event where action = 'site.settings_updated'`,
    );
    expect(event!.data).toEqual({
      before: { minPasswordScore: 3, sessionIdleMinutes: 30, mfaRequired: 'none' },
      after: { minPasswordScore: 4, sessionIdleMinutes: 15, mfaRequired: 'admins' },
    });
  });

  it('refuses values outside the ranges with the field and the range', async () => {
    const res = await admin.request(UPDATE, {
      i: {
        minPasswordScore: 2,
        sessionIdleMinutes: 90,
        sessionAbsoluteHours: 48,
        timeZone: 'Mars/Olympus',
      },
    });
    expect(res.data.siteSettingsUpdate.settings).toBeNull();
    expect(res.data.siteSettingsUpdate.errors).toEqual([
      { field: 'minPasswordScore', code: 'OUT_OF_RANGE', message: 'Choose a value from 3 to 4.' },
      {
        field: 'sessionIdleMinutes',
        code: 'OUT_OF_RANGE',
        message: 'Choose a value from 15 to 60.',
      },
      {
        field: 'sessionAbsoluteHours',
        code: 'OUT_OF_RANGE',
        message: 'Choose a value from 4 to 24.',
      },
      { field: 'timeZone', code: 'INVALID_TIME_ZONE', message: expect.any(String) },
    ]);
  });

  it('is for administrators only', async () => {
    const manager = new GraphQLClient(server.url);
    await manager.login('acme', 'manager@acme.example', TEST_PASSWORD);
    expect(errorCodes(await manager.request('{ siteSettings { ssoMode } }'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await manager.request(UPDATE, { i: { sessionIdleMinutes: 60 } }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

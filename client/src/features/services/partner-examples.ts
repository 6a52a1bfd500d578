/**
 * The examples of the partner documentation, as data: the /partners page and the README show
 * them, and server/src/modules/service/partner-docs.int.test.ts sends every one of them to a real
 * server with a bearer token and checks that the answer is the one documented here. Change an
 * example here and the page, the README check and the test follow.
 *
 * No imports: the server's test imports this file too, so it stays free of React, the DOM and
 * the SPA's generated types.
 */

/** Where the API is and which token to send, as the shell variables the curl lines use. */
export const SHELL_URL = '$HORAE_URL';
export const SHELL_TOKEN = '$HORAE_TOKEN';

/** Stands in for the `endCursor` of the page before; the partner pastes the real one. */
export const END_CURSOR_PLACEHOLDER = '<endCursor of the page before>';

/** Marks an array in a documented answer as shortened: more items of the same shape follow. */
export const MORE = '…';

/**
 * Keys whose values differ from call to call (ids, cursors, wording, seconds to wait): the test
 * checks only that they are there and of the documented type. Every other value is exact.
 */
export const VARYING_KEYS: readonly string[] = [
  'id',
  'endCursor',
  'message',
  'locations',
  'retryAfterSeconds',
  'limit',
];

/**
 * The partner's setup that the documented answers describe: the test builds exactly this.
 * A service that may read customers and projects and add customers, and sees none of the
 * catalogued fields (the default), on a site with three customers.
 */
export const EXAMPLE_SETUP = {
  serviceName: 'Payroll export',
  permissions: ['customer.create', 'customer.read', 'project.read'],
  customers: [
    { name: 'Acme Anvils', number: 'C-1001', vatNumber: 'NL001234567B01' },
    { name: 'Bolt & Nut Supplies', number: 'C-1002', vatNumber: 'DE123456789' },
    { name: 'Cogwheel Council', number: 'C-1003', vatNumber: null },
  ],
} as const;

export type PartnerExample = {
  /** Anchor on the page and name of the test. */
  id: string;
  title: string;
  /** What the example shows, in plain sentences. */
  explanation: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Sent instead of your token (only for the example of a bad token). */
  bearer?: string;
  /**
   * When the answer is the documented one: `over-quota` once the service has used its
   * requests of the minute.
   */
  situation?: 'over-quota';
  /** The HTTP status of the answer. */
  status: number;
  /** Response headers that matter (names, lower case). */
  headers?: readonly string[];
  /** The answer's JSON body (values of VARYING_KEYS are examples). */
  response: unknown;
  /** Shown in the README's "For partners" section too. */
  inReadme?: boolean;
};

const CUSTOMERS_PAGE = /* GraphQL */ `
  query PartnerCustomersPage($first: Int!, $after: String) {
    customers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        number
      }
    }
  }
`;

export const PARTNER_EXAMPLES: readonly PartnerExample[] = [
  {
    id: 'access',
    title: 'Who am I? The access query',
    explanation:
      'Call this first: it names the service the token belongs to, the permissions it holds and, for every catalogued sensitive field, whether the service may read it. It works for any token and counts against the quota like any request.',
    query: /* GraphQL */ `
      query PartnerAccess {
        access {
          kind
          serviceName
          preview
          permissions
          exposure {
            field
            exposed
          }
        }
      }
    `,
    status: 200,
    response: {
      data: {
        access: {
          kind: 'SERVICE',
          serviceName: 'Payroll export',
          preview: false,
          permissions: ['customer.create', 'customer.read', 'project.read'],
          exposure: [
            { field: 'User.email', exposed: false },
            { field: 'User.hourlyRate', exposed: false },
            { field: 'Customer.contact', exposed: false },
            { field: 'Customer.vatNumber', exposed: false },
            MORE,
          ],
        },
      },
    },
    inReadme: true,
  },
  {
    id: 'first-page',
    title: 'A first query: one page of customers',
    explanation:
      'Lists are Relay connections. Ask for at most 100 items with `first`; `totalCount` counts them all and `pageInfo.hasNextPage` says whether there is more.',
    query: CUSTOMERS_PAGE,
    variables: { first: 2 },
    status: 200,
    response: {
      data: {
        customers: {
          totalCount: 3,
          pageInfo: { hasNextPage: true, endCursor: 'WyJCb2x0ICYgTnV0IFN1cHBsaWVzIiwi…' },
          nodes: [
            { id: '0b6f0c1e-…', name: 'Acme Anvils', number: 'C-1001' },
            { id: '5c1d9a52-…', name: 'Bolt & Nut Supplies', number: 'C-1002' },
          ],
        },
      },
    },
    inReadme: true,
  },
  {
    id: 'next-page',
    title: 'The next page',
    explanation:
      'Send the `endCursor` of a page as `after` to get the page after it, until `hasNextPage` is false. Cursors are opaque: keep them as they are.',
    query: CUSTOMERS_PAGE,
    variables: { first: 2, after: END_CURSOR_PLACEHOLDER },
    status: 200,
    response: {
      data: {
        customers: {
          totalCount: 3,
          pageInfo: { hasNextPage: false, endCursor: 'WyJDb2d3aGVlbCBDb3VuY2lsIiwi…' },
          nodes: [{ id: '9e3b4f70-…', name: 'Cogwheel Council', number: 'C-1003' }],
        },
      },
    },
    inReadme: true,
  },
  {
    id: 'hidden-field',
    title: 'A field hidden from the service',
    explanation:
      'Sensitive fields (VAT numbers, contact details, email addresses, rates and amounts) are hidden from a service until an administrator exposes them. A hidden field comes back as null, with a FORBIDDEN error (reason FIELD_HIDDEN) whose `path` points at it; the rest of the answer is there as usual.',
    query: /* GraphQL */ `
      query PartnerCustomerVat {
        customers(first: 2) {
          nodes {
            name
            vatNumber
          }
        }
      }
    `,
    status: 200,
    response: {
      errors: [
        {
          message:
            'The field Customer.vatNumber (customer vat number) is hidden from you. A site administrator can expose it under Field exposure.',
          locations: [{ line: 1, column: 63 }],
          path: ['customers', 'nodes', 0, 'vatNumber'],
          extensions: { code: 'FORBIDDEN', reason: 'FIELD_HIDDEN', field: 'Customer.vatNumber' },
        },
        {
          message:
            'The field Customer.vatNumber (customer vat number) is hidden from you. A site administrator can expose it under Field exposure.',
          locations: [{ line: 1, column: 63 }],
          path: ['customers', 'nodes', 1, 'vatNumber'],
          extensions: { code: 'FORBIDDEN', reason: 'FIELD_HIDDEN', field: 'Customer.vatNumber' },
        },
      ],
      data: {
        customers: {
          nodes: [
            { name: 'Acme Anvils', vatNumber: null },
            { name: 'Bolt & Nut Supplies', vatNumber: null },
          ],
        },
      },
    },
    inReadme: true,
  },
  {
    id: 'not-permitted',
    title: 'An operation the service may not call',
    explanation:
      'Without the permission an operation needs (here user.read, to list people) the answer is FORBIDDEN at that operation, and its data is null. The message names the permission.',
    query: /* GraphQL */ `
      query PartnerPeople {
        users(first: 2) {
          nodes {
            displayName
          }
        }
      }
    `,
    status: 200,
    response: {
      errors: [
        {
          message:
            'You do not have permission to do this: it needs "user.read" (see the people of the site).',
          locations: [{ line: 1, column: 23 }],
          path: ['users'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
      data: null,
    },
  },
  {
    id: 'bad-input',
    title: 'Arguments out of range',
    explanation:
      'A page of more than 100 items, a malformed cursor or a variable of the wrong type is BAD_USER_INPUT. Fix the request; sending it again will not help.',
    query: /* GraphQL */ `
      query PartnerTooManyCustomers {
        customers(first: 500) {
          nodes {
            name
          }
        }
      }
    `,
    status: 200,
    response: {
      errors: [
        {
          message: '"first" must be between 0 and 100.',
          locations: [{ line: 1, column: 33 }],
          path: ['customers'],
          extensions: { code: 'BAD_USER_INPUT', field: 'first' },
        },
      ],
      data: null,
    },
  },
  {
    id: 'validation',
    title: 'A mutation refused for its input',
    explanation:
      'Problems with the input of a mutation (a missing name, a duplicate number) are not top-level errors: the payload carries them in `errors`, each with the input `field`, a stable `code` and a message for people. Nothing was changed.',
    query: /* GraphQL */ `
      mutation PartnerCustomerCreate($input: CustomerCreateInput!) {
        customerCreate(input: $input) {
          customer {
            id
            name
          }
          errors {
            field
            code
            message
          }
        }
      }
    `,
    variables: { input: { name: '' } },
    status: 200,
    response: {
      data: {
        customerCreate: {
          customer: null,
          errors: [
            { field: 'name', code: 'INVALID_NAME', message: 'A customer name is required.' },
          ],
        },
      },
    },
  },
  {
    id: 'bad-token',
    title: 'A token that does not work',
    explanation:
      'A mistyped, revoked or expired token, a token of a deleted service and a token used from an address the service does not allow all get the same answer: UNAUTHENTICATED, without saying which. Check the token with your administrator.',
    query: /* GraphQL */ `
      query PartnerAccessWithBadToken {
        access {
          serviceName
        }
      }
    `,
    bearer: 'horae_pat_this-token-was-revoked-or-mistyped-000000',
    status: 200,
    response: {
      errors: [
        {
          message: 'The session or token sent with this request is not valid. Sign in again.',
          locations: [{ line: 1, column: 35 }],
          path: ['access'],
          extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' },
        },
      ],
      data: null,
    },
  },
  {
    id: 'rate-limited',
    title: 'Over the quota',
    explanation:
      'Each service may send a number of requests per minute (600 unless the administrator chose otherwise), counted over all its tokens. Past it, every request gets HTTP 429 with a Retry-After header (seconds) and RATE_LIMITED until the minute is over. Wait that long, then go on.',
    query: /* GraphQL */ `
      query PartnerAccessOverQuota {
        access {
          serviceName
        }
      }
    `,
    situation: 'over-quota',
    status: 429,
    headers: ['retry-after'],
    response: {
      errors: [
        {
          message:
            'This service has used its quota of 600 requests per minute. Try again in 17 seconds.',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 17, limit: 600 },
        },
      ],
    },
    inReadme: true,
  },
];

/** A query on one line, as it goes into a JSON body. */
export function oneLine(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** The request body an example sends. */
export function requestBody(example: PartnerExample): string {
  return JSON.stringify({
    query: oneLine(example.query),
    ...(example.variables ? { variables: example.variables } : {}),
  });
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * The example as a curl command. Without options it uses the shell variables of the README
 * ($HORAE_URL, $HORAE_TOKEN); the SPA passes the real address and a freshly issued token.
 */
export function curlCommand(
  example: PartnerExample,
  options: { url?: string; token?: string } = {},
): string {
  const url = options.url ?? SHELL_URL;
  const token = example.bearer ?? options.token ?? SHELL_TOKEN;
  return [
    `curl ${example.headers ? '-si' : '-s'} "${url}/graphql"`,
    `  -H "Authorization: Bearer ${token}"`,
    `  -H 'Content-Type: application/json'`,
    `  -d ${shellQuote(requestBody(example))}`,
  ].join(' \\\n');
}

/**
 * The CSV export example: the request (a path under the API's address, with the bearer token) and
 * the file it answers for EXAMPLE_SETUP. Ids differ from site to site: `<id>` stands for one.
 * The service does not see the catalogued contact and VAT number fields, so they are no columns.
 */
export const CSV_EXPORT_EXAMPLE = {
  path: '/export/customers.csv?search=o',
  answer: [
    'id,number,name,currency,archived',
    '<id>,C-1002,Bolt & Nut Supplies,EUR,false',
    '<id>,C-1003,Cogwheel Council,EUR,false',
  ].join('\n'),
} as const;

/** The CSV export example as a curl command, like `curlCommand` (README: the shell variables). */
export function csvExportCurl(options: { url?: string; token?: string } = {}): string {
  const url = options.url ?? SHELL_URL;
  const token = options.token ?? SHELL_TOKEN;
  return `curl -s -H "Authorization: Bearer ${token}" "${url}${CSV_EXPORT_EXAMPLE.path}"`;
}

export function partnerExample(id: string): PartnerExample {
  const example = PARTNER_EXAMPLES.find(e => e.id === id);
  if (!example) throw new Error(`No partner example "${id}".`);
  return example;
}

import { graphql } from '../../gql';

export const serviceTokenFieldsFragment = graphql(`
  fragment ServiceTokenFields on ServiceToken {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    lastUsedIp
    revokedAt
    active
  }
`);

export const serviceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    id
    name
    description
    contact
    allowedIps
    permissions
    requestsPerMinute
    createdAt
  }
`);

export const servicesQuery = graphql(`
  query Services($first: Int!, $after: String) {
    services(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ServiceFields
        tokens {
          id
          active
        }
      }
    }
  }
`);

export const serviceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      ...ServiceFields
      tokens {
        ...ServiceTokenFields
      }
    }
  }
`);

export const serviceCreateMutation = graphql(`
  mutation ServiceCreate($input: ServiceCreateInput!) {
    serviceCreate(input: $input) {
      service {
        ...ServiceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const serviceUpdateMutation = graphql(`
  mutation ServiceUpdate($id: ID!, $input: ServiceUpdateInput!) {
    serviceUpdate(id: $id, input: $input) {
      service {
        ...ServiceFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const serviceDeleteMutation = graphql(`
  mutation ServiceDelete($id: ID!) {
    serviceDelete(id: $id) {
      deletedId
      errors {
        field
        code
        message
      }
    }
  }
`);

export const serviceTokenCreateMutation = graphql(`
  mutation ServiceTokenCreate($input: ServiceTokenCreateInput!) {
    serviceTokenCreate(input: $input) {
      secret
      token {
        ...ServiceTokenFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const serviceTokenRevokeMutation = graphql(`
  mutation ServiceTokenRevoke($id: ID!) {
    serviceTokenRevoke(id: $id) {
      token {
        ...ServiceTokenFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const servicePreviewStartMutation = graphql(`
  mutation ServicePreviewStart($serviceId: ID!) {
    servicePreviewStart(serviceId: $serviceId) {
      secret
      token {
        id
        expiresAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const serviceSchemaQuery = graphql(`
  query ServiceSchema($serviceId: ID!) {
    serviceSchema(serviceId: $serviceId)
  }
`);

/** Who the preview client is, as the server sees it (any caller may ask). */
export const previewAccessQuery = graphql(`
  query PreviewAccess {
    access {
      kind
      serviceName
      preview
      permissions
      exposure {
        field
        label
        exposed
      }
    }
  }
`);

/*
 * The sample queries of "preview as service": sent once through the administrator's own Apollo
 * client and once through the service's preview token (urql), then compared field by field.
 */

export const previewCustomersQuery = graphql(`
  query PreviewCustomers($first: Int!) {
    customers(first: $first) {
      totalCount
      nodes {
        id
        name
        number
        vatNumber
        contact
      }
    }
  }
`);

export const previewProjectsQuery = graphql(`
  query PreviewProjects($first: Int!) {
    projects(first: $first) {
      totalCount
      nodes {
        id
        code
        name
        hourlyRate
        budgetAmount
      }
    }
  }
`);

export const previewTimeEntriesQuery = graphql(`
  query PreviewTimeEntries($first: Int!) {
    timeEntries(first: $first, status: APPROVED) {
      totalCount
      nodes {
        id
        date
        minutes
        rate
        amount
        project {
          id
          code
        }
      }
    }
  }
`);

export const previewUsersQuery = graphql(`
  query PreviewUsers($first: Int!) {
    users(first: $first) {
      totalCount
      nodes {
        id
        displayName
        email
      }
    }
  }
`);

import { graphql } from '../../gql';

export const siteSettingsFieldsFragment = graphql(`
  fragment SiteSettingsFields on SiteSettings {
    minPasswordScore
    mfaRequired
    sessionIdleMinutes
    sessionAbsoluteHours
    timeZone
    currency
    defaultHourlyRate
    roundingMinutes
  }
`);

export const siteSettingsQuery = graphql(`
  query SiteSettings {
    siteSettings {
      ...SiteSettingsFields
    }
  }
`);

export const siteSettingsUpdateMutation = graphql(`
  mutation SiteSettingsUpdate($input: SiteSettingsInput!) {
    siteSettingsUpdate(input: $input) {
      settings {
        ...SiteSettingsFields
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const loginBlocksQuery = graphql(`
  query LoginBlocks {
    loginBlocks {
      id
      scope
      subject
      reason
      createdAt
      blockedUntil
    }
  }
`);

export const loginBlockLiftMutation = graphql(`
  mutation LoginBlockLift($id: ID!) {
    loginBlockLift(id: $id) {
      block {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const auditEventsQuery = graphql(`
  query AuditEvents(
    $first: Int!
    $after: String
    $action: String
    $actorId: ID
    $from: String
    $to: String
  ) {
    auditEvents(
      first: $first
      after: $after
      action: $action
      actorId: $actorId
      from: $from
      to: $to
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        seq
        occurredAt
        action
        actorType
        actorId
        targetType
        targetId
        ip
        requestId
        data
        hash
      }
    }
  }
`);

export const auditChainVerifyQuery = graphql(`
  query AuditChainVerify {
    auditChainVerify {
      ok
      events
      brokenSeq
      brokenId
      reason
    }
  }
`);

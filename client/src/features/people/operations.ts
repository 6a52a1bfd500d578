import { graphql } from '../../gql';

export const peopleQuery = graphql(`
  query People($first: Int!, $after: String, $search: String, $withSessions: Boolean!) {
    users(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        displayName
        email
        status
        activeSessionCount @include(if: $withSessions)
        invitation {
          sentAt
          expiresAt
        }
        groups {
          id
          name
        }
      }
    }
  }
`);

/** Asked again when the deactivation dialog opens: the number it promises to end. */
export const personSessionsQuery = graphql(`
  query PersonSessions($id: ID!) {
    user(id: $id) {
      id
      activeSessionCount
    }
  }
`);

/** The groups a new person may be put in. */
export const inviteGroupsQuery = graphql(`
  query InviteGroups {
    groups(first: 100) {
      nodes {
        id
        name
        builtIn
      }
    }
  }
`);

export const userCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        id
        displayName
        email
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userInviteMutation = graphql(`
  mutation UserInvite($userId: ID!) {
    userInvite(userId: $userId) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userDeactivateMutation = graphql(`
  mutation UserDeactivate($id: ID!) {
    userDeactivate(id: $id) {
      user {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userReactivateMutation = graphql(`
  mutation UserReactivate($id: ID!) {
    userReactivate(id: $id) {
      user {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const userEraseMutation = graphql(`
  mutation UserErase($id: ID!) {
    userErase(id: $id) {
      erased
      errors {
        field
        code
        message
      }
    }
  }
`);

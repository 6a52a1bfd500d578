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
        hourlyRate
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

/**
 * Whether the viewer may read people's hourly rates (a catalogued field; everyone reads their
 * own), and the site's currency they are in.
 */
export const peopleRatesQuery = graphql(`
  query PeopleRates {
    viewer {
      site {
        id
        currency
      }
      exposure {
        field
        exposed
      }
    }
  }
`);

/** The groups a person may be put in, when inviting or editing them. */
export const groupChoicesQuery = graphql(`
  query GroupChoices {
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

export const userUpdateMutation = graphql(`
  mutation UserUpdate($input: UserUpdateInput!) {
    userUpdate(input: $input) {
      user {
        id
        displayName
        hourlyRate
        groups {
          id
          name
        }
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

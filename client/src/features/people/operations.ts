import { graphql } from '../../gql';

export const peopleQuery = graphql(`
  query People($first: Int!, $after: String, $search: String) {
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
        groups {
          id
          name
        }
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

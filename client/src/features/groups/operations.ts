import { graphql } from '../../gql';

export const groupsQuery = graphql(`
  query Groups($first: Int!, $after: String) {
    groups(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        builtIn
        permissions
      }
    }
  }
`);

import { graphql } from '../../gql';

/** The open projects the viewer is a member of, with their tasks: what they can book time on. */
export const myProjectsQuery = graphql(`
  query MyProjects {
    projects(mine: true, first: 100) {
      nodes {
        id
        code
        name
        customer {
          id
          name
        }
        tasks {
          id
          name
          archived
        }
      }
    }
  }
`);

import { useQuery } from '@apollo/client/react';
import type { MyProjectsQuery } from '../../gql/graphql';
import { myProjectsQuery } from './operations';

export type MyProject = MyProjectsQuery['projects']['nodes'][number];

/** The projects the viewer can book time on; shared by the timesheet and the timer. */
export function useMyProjects() {
  const { data, error, loading, refetch } = useQuery(myProjectsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  return { projects: data?.projects.nodes, error, loading, refetch };
}

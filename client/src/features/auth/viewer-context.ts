import { createContext, useContext } from 'react';
import type { Permission } from '@horae/shared/permissions';
import { hasPermission } from '@horae/shared/permissions';
import type { ViewerFieldsFragment } from '../../gql/graphql';

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only inside the routes behind <RequireViewer>. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available behind <RequireViewer>.');
  return viewer;
}

export function useCan(permission: Permission): boolean {
  return hasPermission(useViewer().can, permission);
}

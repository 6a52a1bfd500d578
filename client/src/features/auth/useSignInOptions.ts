import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { siteSignInOptionsQuery } from './operations';

const NONE = { sso: false, ssoRequired: false };

/** Whether the typed site offers single sign-on (asked once typing pauses). */
export function useSignInOptions(site: string): { sso: boolean; ssoRequired: boolean } {
  const slug = useDebouncedValue(site.trim().toLowerCase(), 300);
  const { data } = useQuery(siteSignInOptionsQuery, slug ? { variables: { slug } } : skipToken);
  return slug && data ? data.siteSignInOptions : NONE;
}

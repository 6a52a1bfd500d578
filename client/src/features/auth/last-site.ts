const KEY = 'horae.lastSite';

/** The site slug used at the last successful sign-in on this browser (not a secret). */
export function readLastSite(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberSite(site: string): void {
  try {
    window.localStorage.setItem(KEY, site);
  } catch {
    // Storage can be unavailable (private mode, quota); remembering the site is only a convenience.
  }
}

import { useEffect, useState } from 'react';
import {
  isHexColour,
  MOBILE_QUERY,
  readableAccent,
  resolveColorMode,
  type ThemePreferences,
  textOn,
} from './theme';

function useIsMobile(): boolean {
  const [mobile, setMobile] = useState(
    () => globalThis.matchMedia?.(MOBILE_QUERY).matches ?? false,
  );
  useEffect(() => {
    const query = globalThis.matchMedia?.(MOBILE_QUERY);
    if (!query) return;
    const onChange = () => setMobile(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return mobile;
}

function useSystemDark(): boolean {
  const [dark, setDark] = useState(
    () => globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  );
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = () => setDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return dark;
}

/**
 * Puts the theme on <html>: Bootstrap's data-bs-theme, a high-contrast flag, and the accent
 * as CSS variables. Without preferences (signed out) the system setting decides.
 */
export function useApplyTheme(prefs: ThemePreferences | null): void {
  const isMobile = useIsMobile();
  const systemDark = useSystemDark();
  const mode = prefs ? resolveColorMode(prefs, isMobile) : systemDark ? 'dark' : 'light';
  const highContrast = Boolean(prefs?.highContrast);
  const accent = isHexColour(prefs?.accent) ? prefs.accent : null;

  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-bs-theme', mode);
    root.toggleAttribute('data-high-contrast', highContrast);
    if (accent && !highContrast) {
      root.style.setProperty('--crewlog-accent', accent);
      root.style.setProperty('--crewlog-accent-text', textOn(accent));
      root.style.setProperty('--crewlog-accent-readable', readableAccent(accent, mode));
    } else {
      root.style.removeProperty('--crewlog-accent');
      root.style.removeProperty('--crewlog-accent-text');
      root.style.removeProperty('--crewlog-accent-readable');
    }
  }, [mode, highContrast, accent]);
}

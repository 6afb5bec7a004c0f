import { useEffect, useState } from 'react';
import {
  buttonColours,
  isHexColour,
  MOBILE_QUERY,
  readableAccent,
  resolveColorMode,
  type ThemePreferences,
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
      const button = buttonColours(accent);
      root.style.setProperty('--crewlog-accent', button.bg);
      root.style.setProperty('--crewlog-accent-text', button.text);
      root.style.setProperty('--crewlog-accent-hover', button.hover);
      // Both variants: the stylesheet picks the one for the current colour mode.
      root.style.setProperty('--crewlog-accent-readable-light', readableAccent(accent, 'light'));
      root.style.setProperty('--crewlog-accent-readable-dark', readableAccent(accent, 'dark'));
    } else {
      root.style.removeProperty('--crewlog-accent');
      root.style.removeProperty('--crewlog-accent-text');
      root.style.removeProperty('--crewlog-accent-hover');
      root.style.removeProperty('--crewlog-accent-readable-light');
      root.style.removeProperty('--crewlog-accent-readable-dark');
    }
  }, [mode, highContrast, accent]);
}

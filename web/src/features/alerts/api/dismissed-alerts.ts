import { useCallback, useState } from 'react';

// Dismissing a banner lasts for this browser session: the alert stays unresolved for
// everyone, and the next visit to Crewlog shows it again.
const KEY = 'crewlog.dismissed-site-alerts';

function read(): number[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
  } catch {
    return [];
  }
}

export function useDismissedAlerts(): [Set<number>, (alertId: number) => void] {
  const [ids, setIds] = useState(() => new Set(read()));
  const dismiss = useCallback((alertId: number) => {
    const next = [...new Set([...read(), alertId])];
    try {
      sessionStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the banner still hides until the page reloads.
    }
    setIds(new Set(next));
  }, []);
  return [ids, dismiss];
}

import { useCallback, useEffect, useState } from 'react';

/**
 * Form state mirrored into sessionStorage, so a reload, a lost connection or a failed save
 * never throws away what was typed. `clear` forgets it once the save succeeded.
 */
export function useStoredDraft<T>(key: string, initial: T) {
  const storageKey = `crewlog.draft.${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(storageKey);
      return stored ? { ...initial, ...(JSON.parse(stored) as T) } : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // Storage full or blocked: the draft still lives in memory.
    }
  }, [storageKey, value]);
  const clear = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setValue(initial);
  }, [storageKey, initial]);
  return [value, setValue, clear] as const;
}

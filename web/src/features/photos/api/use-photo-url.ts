import { useEffect, useState } from 'react';
import { authedFetch } from '../../../lib/auth/authed-fetch';

/**
 * A blob address for a photo under /files/ (an <img> cannot send the bearer token), or for
 * a photo still waiting on this device. Released when no longer shown.
 */
export function usePhotoUrl(source: string | Blob | null): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({
    url: null,
    failed: false,
  });
  useEffect(() => {
    if (!source) return;
    let created: string | null = null;
    let gone = false;
    const show = (blob: Blob) => {
      if (gone) return;
      created = URL.createObjectURL(blob);
      setState({ url: created, failed: false });
    };
    if (typeof source !== 'string') show(source);
    else {
      void authedFetch(source)
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          show(await response.blob());
        })
        .catch(() => {
          if (!gone) setState({ url: null, failed: true });
        });
    }
    return () => {
      gone = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [source]);
  return state;
}

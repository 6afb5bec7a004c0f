import { useEffect, useRef, useState } from 'react';
import { arrivalsSince, describeArrivals } from '../api/arrivals';
import { useNewestAlerts } from '../api/team-alerts';

/**
 * Watches the newest open job alerts (refreshed live by change hints) and reports those
 * that arrived while the page is open: their ids, to mark them, and a sentence to announce.
 */
export function useAlertArrivals(nameOf: (userId: number | null) => string) {
  const newest = useNewestAlerts();
  const lastSeen = useRef<number | null>(null);
  const nameOfRef = useRef(nameOf);
  nameOfRef.current = nameOf;
  const [arrived, setArrived] = useState({ ids: new Set<number>(), message: '' });
  useEffect(() => {
    if (!newest.data) return;
    const { fresh, lastSeen: next } = arrivalsSince(newest.data, lastSeen.current);
    lastSeen.current = next;
    if (fresh.length === 0) return;
    setArrived((previous) => ({
      ids: new Set([...previous.ids, ...fresh.map((alert) => alert.alert_id)]),
      message: describeArrivals(fresh, nameOfRef.current),
    }));
  }, [newest.data]);
  return arrived;
}

import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import type { Ticket } from './types';

/** The tickets of the rows on screen, in one request. */
export function useTicketsById(ticketIds: number[]) {
  const ids = [...new Set(ticketIds)].sort((a, b) => a - b);
  return useQuery({
    queryKey: ['tickets', 'by-id', ids],
    queryFn: async () => {
      const rows = await run<Ticket[]>(
        api
          .from('tickets')
          .select('ticket_id,ticket_number,building_id,status')
          .in('ticket_id', ids),
      );
      return new Map(rows.map((t) => [t.ticket_id, t]));
    },
    enabled: ids.length > 0,
    staleTime: 60_000,
  });
}

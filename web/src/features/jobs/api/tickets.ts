import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import type { Building, Device, Ticket } from './types';

/** Tickets whose number contains `term` (the first 10), for the ticket picker. */
export function useTicketSearch(term: string) {
  const trimmed = term.trim();
  return useQuery({
    queryKey: ['tickets', 'search', trimmed],
    queryFn: () =>
      run<Ticket[]>(
        api
          .from('tickets')
          .select('ticket_id,ticket_number,building_id,status')
          .ilike('ticket_number', `%${trimmed}%`)
          .order('ticket_number')
          .limit(10),
      ),
    enabled: trimmed.length > 0,
    staleTime: 30_000,
  });
}

export function useTicket(ticketId: number | null | undefined) {
  return useQuery({
    queryKey: ['tickets', ticketId],
    queryFn: async () => {
      const rows = await run<Ticket[]>(
        api
          .from('tickets')
          .select('ticket_id,ticket_number,building_id,status')
          .eq('ticket_id', ticketId as number),
      );
      return rows[0] ?? null;
    },
    enabled: typeof ticketId === 'number',
    staleTime: 60_000,
  });
}

export async function createTicket(ticketNumber: string, buildingId: number): Promise<Ticket> {
  const rows = await run<Ticket[]>(
    api
      .from('tickets')
      .insert({ ticket_number: ticketNumber, building_id: buildingId })
      .select('ticket_id,ticket_number,building_id,status'),
  );
  const row = rows[0];
  if (!row) throw new Error('the new ticket was not returned');
  return row;
}

/** Buildings for the new-ticket picker (a team has tens, not thousands; capped anyway). */
export function useBuildings() {
  return useQuery({
    queryKey: ['buildings'],
    queryFn: () =>
      run<Building[]>(
        api.from('buildings').select('building_id,building_name').order('building_name').limit(500),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useBuilding(buildingId: number | null | undefined) {
  const buildings = useBuildings();
  return buildings.data?.find((b) => b.building_id === buildingId) ?? null;
}

/** The devices of one building. */
export function useDevices(buildingId: number | null | undefined) {
  return useQuery({
    queryKey: ['devices', buildingId],
    queryFn: () =>
      run<Device[]>(
        api
          .from('devices')
          .select('device_id,building_id,device_name,device_type')
          .eq('building_id', buildingId as number)
          .order('device_name')
          .limit(500),
      ),
    enabled: typeof buildingId === 'number',
    staleTime: 5 * 60_000,
  });
}

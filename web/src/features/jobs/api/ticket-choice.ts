import type { Ticket } from './types';

/** A ticket picked from the list, or a new number with the building it belongs to. */
export type TicketChoice =
  | { kind: 'existing'; ticket: Ticket }
  | { kind: 'new'; ticketNumber: string; buildingId: number | null };

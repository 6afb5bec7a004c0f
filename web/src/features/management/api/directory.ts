import { useQuery } from '@tanstack/react-query';
import { api, run } from '../../../lib/api-client';
import { managementKeys } from './keys';

export interface Person {
  user_id: number;
  alias: string;
  name: string | null;
}

export interface Building {
  building_id: number;
  building_name: string;
}

/** The team directory, for the person filter and for naming owners (a team has tens). */
export function usePeople() {
  return useQuery({
    queryKey: managementKeys.people,
    queryFn: () =>
      run<Person[]>(api.from('users').select('user_id,alias,name').order('alias').limit(1000)),
    staleTime: 5 * 60_000,
  });
}

export function useBuildings() {
  return useQuery({
    queryKey: managementKeys.buildings,
    queryFn: () =>
      run<Building[]>(
        api.from('buildings').select('building_id,building_name').order('building_name').limit(500),
      ),
    staleTime: 5 * 60_000,
  });
}

export interface KnownBuilding {
  building_id: number;
  building_name: string;
  building_address: string | null;
}

export interface BuildingCandidate {
  building_id: number;
  building_name: string;
  matched_on: 'name' | 'address';
}

/** Lower case, accents and punctuation folded away, single spaces: "Nörth-Plant" ~ "north plant". */
export function normalize(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Buildings whose name or address appears, as whole words, in the message. */
export function buildingCandidates(text: string, buildings: KnownBuilding[]): BuildingCandidate[] {
  const haystack = normalize(text);
  const found: BuildingCandidate[] = [];
  for (const building of buildings) {
    const name = normalize(building.building_name);
    const address = building.building_address ? normalize(building.building_address) : '';
    const onName = name.trim() !== '' && haystack.includes(name);
    const onAddress = address.trim() !== '' && haystack.includes(address);
    if (onName || onAddress) {
      found.push({
        building_id: building.building_id,
        building_name: building.building_name,
        matched_on: onName ? 'name' : 'address',
      });
    }
  }
  return found;
}

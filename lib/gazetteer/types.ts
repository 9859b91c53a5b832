/** Vietnam's administrative units as the indexer uses them (General Statistics Office list, 2025-03). */

export interface Province {
  code: string;
  name: string;
  /** Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế: their "Thành ủy" is a provincial committee. */
  centrallyRun: boolean;
}

export type DistrictType = 'Quận' | 'Huyện' | 'Thị xã' | 'Thành phố';

export interface District {
  code: string;
  provinceCode: string;
  name: string;
  type: DistrictType;
}

/** A name a place is written with: its current name, a variant, or a former name valid until a date. */
export interface PlaceName<T> {
  place: T;
  /** The name to record for a document that uses this name (a former name stays a former name). */
  display: string;
  /** ISO date from which the name is no longer official; null for current names and variants. */
  until: string | null;
}

export interface Gazetteer {
  provinces: Map<string, Province>;
  districts: Map<string, District>;
  /** Folded name key (see placeKey) → the provinces and districts that carry the name. */
  provincesByKey: Map<string, PlaceName<Province>[]>;
  districtsByKey: Map<string, PlaceName<District>[]>;
  /** Folded commune name → codes of the districts that have a commune (xã, phường, thị trấn) of that name. */
  communesByKey: Map<string, string[]>;
  /** The longest place name in words, to bound look-ups. */
  maxWords: number;
}

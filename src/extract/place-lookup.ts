/** What the body and place recognizers need from the gazetteer. */
export interface ProvinceRef {
  /** Canonical name, new-style tone placement ("Hòa Bình", "Hồ Chí Minh"). */
  name: string;
  /** "tỉnh" or "thành phố". */
  typeWord: string;
}

export interface DistrictRef {
  name: string;
  /** "huyện", "quận", "thị xã", "thành phố". */
  typeWord: string;
  province: string;
}

export interface PlaceLookup {
  /** A province named exactly by `surface` (any alias, any tone style, any case), or undefined. */
  province(surface: string): ProvinceRef | undefined;
  /** Districts named by `surface`; with a province hint, only that province's. */
  districts(surface: string, provinceHint?: string): DistrictRef[];
}

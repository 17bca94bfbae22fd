/** What the body and place recognizers need from the gazetteer. */
export interface ProvinceRef {
  /** Canonical name, new-style tone placement ("Hòa Bình", "Hồ Chí Minh"). */
  name: string;
  /** "tỉnh" or "thành phố". */
  typeWord: string;
  /** The name to write inside a body's name: with its type word when the bare name is ambiguous ("Thành phố Hồ Chí Minh"). */
  formalName: string;
}

export interface DistrictRef {
  name: string;
  /** "huyện", "quận", "thị xã", "thành phố". */
  typeWord: string;
  province: string;
}

export interface PlaceLookup {
  /**
   * A province named exactly by `surface` (any alias, any tone style, any case), or undefined. Some aliases name a
   * province only after its type word ("TP. HCM", "thành phố Hồ Chí Minh"): `afterTypeWord` says one was written.
   */
  province(surface: string, afterTypeWord?: boolean): ProvinceRef | undefined;
  /** Districts named by `surface`; with a province hint, only that province's. */
  districts(surface: string, provinceHint?: string): DistrictRef[];
}

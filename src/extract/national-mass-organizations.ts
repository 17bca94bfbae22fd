/**
 * The mass organizations whose central body is named "… Việt Nam": written bare ("Hội Liên hiệp Phụ nữ") in an
 * article about no province, the name is the national organization's.
 */
const NATIONAL_NAMES: Readonly<Record<string, string>> = {
  'Hội Nông dân': 'Hội Nông dân Việt Nam',
  'Hội Liên hiệp Phụ nữ': 'Hội Liên hiệp Phụ nữ Việt Nam',
  'Hội Cựu chiến binh': 'Hội Cựu chiến binh Việt Nam',
  'Liên minh Hợp tác xã': 'Liên minh Hợp tác xã Việt Nam',
};

/** The national name of a mass organization's canonical base, or undefined for other bodies. */
export function nationalMassOrganization(base: string): string | undefined {
  return NATIONAL_NAMES[base];
}

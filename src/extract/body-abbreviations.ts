/**
 * Abbreviations the press writes inside the names of schools, hospitals, centres and offices, with their
 * expansions: a body's canonical name spells them out ("Trường THPT Thuận Thành" → "Trường Trung học phổ thông
 * Thuận Thành"). Each is a whole word in capitals; case matters ("ĐH" is an abbreviation, "đh" is not written).
 */
export const BODY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  THPT: 'Trung học phổ thông',
  THCS: 'Trung học cơ sở',
  PTTH: 'Phổ thông trung học',
  PTCS: 'Phổ thông cơ sở',
  PTDTNT: 'Phổ thông dân tộc nội trú',
  PTDTBT: 'Phổ thông dân tộc bán trú',
  ĐH: 'Đại học',
  CĐ: 'Cao đẳng',
  BV: 'Bệnh viện',
  BVĐK: 'Bệnh viện Đa khoa',
  ĐK: 'Đa khoa',
  TTYT: 'Trung tâm Y tế',
  GDTX: 'Giáo dục thường xuyên',
  GDNN: 'Giáo dục nghề nghiệp',
  KTHT: 'Kinh tế và Hạ tầng',
  'KT-HT': 'Kinh tế và Hạ tầng',
  'TC-KH': 'Tài chính - Kế hoạch',
  TCKH: 'Tài chính - Kế hoạch',
  QLĐT: 'Quản lý đô thị',
  CSĐT: 'Cảnh sát điều tra',
  CSGT: 'Cảnh sát giao thông',
  'KT-XH': 'Kinh tế - Xã hội',
  KTXH: 'Kinh tế - Xã hội',
  'VH-TT': 'Văn hóa - Thông tin',
  'VH&TT': 'Văn hóa và Thông tin',
  BQL: 'Ban Quản lý',
  BCĐ: 'Ban Chỉ đạo',
  KCN: 'Khu công nghiệp',
  KKT: 'Khu kinh tế',
  HTX: 'Hợp tác xã',
  VN: 'Việt Nam',
  TCCB: 'Tổ chức cán bộ',
  'TC-CB': 'Tổ chức cán bộ',
  TCHC: 'Tổ chức - Hành chính',
  'TC-HC': 'Tổ chức - Hành chính',
  'HC-TH': 'Hành chính - Tổng hợp',
  HCTH: 'Hành chính - Tổng hợp',
  PCCC: 'Phòng cháy chữa cháy',
  HCM: 'Hồ Chí Minh',
};

const WORD = /(?<![\p{L}\p{N}&-])[\p{Lu}][\p{Lu}&-]*[\p{Lu}](?![\p{L}\p{N}&-])/gu;

/** Spells out the abbreviations in a body's name ("BV Đa khoa huyện X" → "Bệnh viện Đa khoa huyện X"). */
export function expandBodyAbbreviations(name: string): string {
  if (!/\p{Lu}\p{Lu}/u.test(name)) return name;
  // "TH" and "MN" are school levels only right after "Trường"
  return name.replace(/^Trường (TH|MN)(?= \p{Lu})/u, (_, a: string) => `Trường ${a === 'TH' ? 'Tiểu học' : 'Mầm non'}`).replace(WORD, (w) => BODY_ABBREVIATIONS[w] ?? w);
}

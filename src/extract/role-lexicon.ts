/**
 * Role words of titles ("Bí thư", "Phó Chủ tịch", "Trưởng"…), longest first when matched. A role either stands
 * alone before a body ("Bí thư Tỉnh ủy") or joins the first word of the body into the title, as Vietnamese
 * writes it ("Trưởng" + "Ban Tổ chức…" reads "Trưởng Ban"; "Chánh" + "Văn phòng…" reads "Chánh Văn phòng").
 */
export const ROLES: readonly string[] = [
  'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Bí thư Thứ nhất', 'Phó Bí thư Thường trực', 'Phó Bí thư', 'Bí thư',
  'Chủ tịch nước', 'Phó Chủ tịch nước', 'Phó Chủ tịch Thường trực', 'Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch',
  'Phó Thủ tướng Thường trực', 'Phó Thủ tướng', 'Thủ tướng', 'Bộ trưởng', 'Thứ trưởng Thường trực', 'Thứ trưởng',
  'Phó Trưởng', 'Trưởng', 'Phó', 'Phó Chủ nhiệm Thường trực', 'Phó Chủ nhiệm', 'Chủ nhiệm',
  'Ủy viên Thường trực', 'Ủy viên dự khuyết', 'Ủy viên', 'Phó Tổng Giám đốc', 'Tổng Giám đốc', 'Phó Giám đốc', 'Giám đốc',
  'Phó Chánh', 'Chánh', 'Phó Viện trưởng', 'Viện trưởng', 'Phó Tư lệnh', 'Tư lệnh', 'Phó Chính ủy', 'Chính ủy',
  'Phó Chỉ huy trưởng', 'Chỉ huy trưởng', 'Tổng Kiểm toán', 'Phó Tổng Kiểm toán', 'Tổng Thanh tra', 'Phó Tổng Thanh tra',
  'Tổng Thư ký', 'Phó Tổng Thư ký', 'Đại biểu', 'Thành viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Người phát ngôn',
  'Phó Trưởng Ban Thường trực', 'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  'Chi cục trưởng', 'Phó Chi cục trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Đảng ủy viên', 'Tỉnh ủy viên', 'Thành ủy viên',
  'Huyện ủy viên', 'Chánh án', 'Phó Chánh án', 'Thủ trưởng', 'Phó Thủ trưởng', 'Phó Thủ trưởng Thường trực', 'Kế toán trưởng',
  'Phó Trưởng Đoàn chuyên trách', 'Phó Trưởng đoàn chuyên trách', 'Chủ tịch Hội đồng quản trị', 'Chủ tịch Hội đồng thành viên', 'Tổng Giám đốc',
  'Phó Chủ tịch Hội đồng quản trị', 'Phó Chủ tịch Hội đồng thành viên',
];

/** Colloquial forms of a role, read as its standard title ("viện phó" is the Phó Viện trưởng). */
export const ROLE_ALIASES: Readonly<Record<string, string>> = {
  'Viện phó': 'Phó Viện trưởng', 'Hiệu phó': 'Phó Hiệu trưởng',
  // a company's boards, abbreviated
  'Chủ tịch HĐQT': 'Chủ tịch Hội đồng quản trị', 'Chủ tịch HĐTV': 'Chủ tịch Hội đồng thành viên',
  'Phó Chủ tịch HĐQT': 'Phó Chủ tịch Hội đồng quản trị', 'Phó Chủ tịch HĐTV': 'Phó Chủ tịch Hội đồng thành viên',
};

/** Roles that take the first word of the body into the title ("Trưởng Ban", "Chánh Văn phòng"). */
export const JOINING_ROLES = new Set(['phó trưởng', 'trưởng', 'phó chánh', 'chánh', 'phó']);

/** Roles that are full titles only with a body ("Trưởng" alone is not a title). */
export const ROLES_NEEDING_BODY = new Set([
  'phó trưởng', 'trưởng', 'phó chánh', 'chánh', 'phó', 'đại biểu', 'thành viên', 'ủy viên', 'chánh án', 'phó chánh án', 'thủ trưởng', 'phó thủ trưởng',
  'phó thủ trưởng thường trực', 'kế toán trưởng',
]);

/** Roles whose body is implied when none is written. */
export const IMPLIED_BODY: Readonly<Record<string, string>> = {
  'tổng bí thư': 'Ban Chấp hành Trung ương Đảng',
  'thường trực ban bí thư': 'Ban Bí thư Trung ương Đảng',
  'thủ tướng': 'Chính phủ',
  'phó thủ tướng': 'Chính phủ',
  'phó thủ tướng thường trực': 'Chính phủ',
  // the office's full name: "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"
  'chủ tịch nước': 'Cộng hòa xã hội chủ nghĩa Việt Nam',
  'phó chủ tịch nước': 'Cộng hòa xã hội chủ nghĩa Việt Nam',
};

/** Prefixes on a title: "nguyên" (former), "Quyền" (acting). */
export const FORMER_PREFIXES = ['nguyên'];
export const ACTING_PREFIXES = ['quyền'];

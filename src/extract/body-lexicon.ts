/**
 * Lexicon of Vietnamese Party, state and mass-organization bodies: heads as written (with abbreviations),
 * mapped to canonical spellings. All entries NFC, new-style tone placement; matching is case-insensitive.
 */

/** Party committees that can complement another body ("Ban Tổ chức Tỉnh ủy"). */
export const COMMITTEES: Readonly<Record<string, { canonical: string; level: 'central' | 'province' | 'district' | 'city' }>> = {
  'tỉnh ủy': { canonical: 'Tỉnh ủy', level: 'province' },
  'thành ủy': { canonical: 'Thành ủy', level: 'city' },
  'huyện ủy': { canonical: 'Huyện ủy', level: 'district' },
  'quận ủy': { canonical: 'Quận ủy', level: 'district' },
  'thị ủy': { canonical: 'Thị ủy', level: 'district' },
  'trung ương đảng': { canonical: 'Trung ương', level: 'central' },
  'trung ương': { canonical: 'Trung ương', level: 'central' },
  'tw': { canonical: 'Trung ương', level: 'central' },
  'tư': { canonical: 'Trung ương', level: 'central' },
  't.ư': { canonical: 'Trung ương', level: 'central' },
};

/** Party boards ("Ban …") of a committee. */
export const PARTY_BOARDS: Readonly<Record<string, string>> = {
  'tổ chức': 'Ban Tổ chức',
  'tuyên giáo': 'Ban Tuyên giáo',
  'tuyên giáo và dân vận': 'Ban Tuyên giáo và Dân vận',
  'dân vận': 'Ban Dân vận',
  'nội chính': 'Ban Nội chính',
  'kinh tế': 'Ban Kinh tế',
  'đối ngoại': 'Ban Đối ngoại',
  'chính sách, chiến lược': 'Ban Chính sách, Chiến lược',
  'bảo vệ, chăm sóc sức khỏe cán bộ': 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ',
};

/** Central bodies that need no scope. */
export const NATIONAL_BODIES: Readonly<Record<string, string>> = {
  'bộ chính trị': 'Bộ Chính trị',
  'ban bí thư trung ương đảng': 'Ban Bí thư Trung ương Đảng',
  'ban bí thư trung ương': 'Ban Bí thư Trung ương Đảng',
  'ban bí thư': 'Ban Bí thư Trung ương Đảng',
  'quốc hội': 'Quốc hội',
  'chính phủ': 'Chính phủ',
  'ủy ban thường vụ quốc hội': 'Ủy ban Thường vụ Quốc hội',
  'ubtvqh': 'Ủy ban Thường vụ Quốc hội',
  'kiểm toán nhà nước': 'Kiểm toán Nhà nước',
  'thanh tra chính phủ': 'Thanh tra Chính phủ',
  'tòa án nhân dân tối cao': 'Tòa án nhân dân tối cao',
  'viện kiểm sát nhân dân tối cao': 'Viện kiểm sát nhân dân tối cao',
  'vksndtc': 'Viện kiểm sát nhân dân tối cao',
  'vksnd tối cao': 'Viện kiểm sát nhân dân tối cao',
  'viện ksnd tối cao': 'Viện kiểm sát nhân dân tối cao',
  'viện ksndtc': 'Viện kiểm sát nhân dân tối cao',
  'tandtc': 'Tòa án nhân dân tối cao',
  'tand tối cao': 'Tòa án nhân dân tối cao',
  'thông tấn xã việt nam': 'Thông tấn xã Việt Nam',
  'ttxvn': 'Thông tấn xã Việt Nam',
  'đài tiếng nói việt nam': 'Đài Tiếng nói Việt Nam',
  'đài truyền hình việt nam': 'Đài Truyền hình Việt Nam',
  'ubkttw': 'Ủy ban Kiểm tra Trung ương',
  'ubkt trung ương': 'Ủy ban Kiểm tra Trung ương',
  'kiểm toán nn': 'Kiểm toán Nhà nước',
  'ktnn': 'Kiểm toán Nhà nước',
  'ủy ban trung ương mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban trung ương mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban trung ương mttqvn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban trung ương mttq vn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban trung ương mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tw mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tw mttqvn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tw mttq vn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tw mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tư mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tư mttq vn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tư mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  // "T.Ư" for "Trung ương", as some papers write it
  'ủy ban t.ư mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban t.ư mttqvn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban t.ư mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban t.ư mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub t.ư mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub t.ư mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubt.ư mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubt.ư mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban trung ương mặt trận tổ quốc': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tư mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ủy ban tw mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtư mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtw mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub trung ương mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub trung ương mttqvn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub trung ương mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ub trung ương mặt trận tổ quốc việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtw mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtw mttqvn': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtw mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtưmttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtư mttq việt nam': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  'ubtư mttq': 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
  // the Youth Union's central organization, not the Party's ("Ban Chấp hành Trung ương Đoàn" is its executive)
  'trung ương đoàn thanh niên cộng sản hồ chí minh': 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'trung ương đoàn tncs hồ chí minh': 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'trung ương đoàn': 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'học viện chính trị quốc gia hồ chí minh': 'Học viện Chính trị quốc gia Hồ Chí Minh',
  'hội đồng dân tộc': 'Hội đồng Dân tộc',
  'ban dân nguyện': 'Ban Dân nguyện',
  'ủy ban kiểm tra trung ương': 'Ủy ban Kiểm tra Trung ương',
  'ban tổ chức trung ương': 'Ban Tổ chức Trung ương',
  'ban tuyên giáo trung ương': 'Ban Tuyên giáo Trung ương',
  'ban dân vận trung ương': 'Ban Dân vận Trung ương',
  'ban nội chính trung ương': 'Ban Nội chính Trung ương',
  'ban kinh tế trung ương': 'Ban Kinh tế Trung ương',
  'ban đối ngoại trung ương': 'Ban Đối ngoại Trung ương',
  'văn phòng trung ương đảng': 'Văn phòng Trung ương Đảng',
  'đảng cộng sản việt nam': 'Đảng Cộng sản Việt Nam',
  // the Party's military commission and the army's political directorate and general staff
  'quân ủy trung ương': 'Quân ủy Trung ương',
  'quân ủy tw': 'Quân ủy Trung ương',
  'quân ủy tư': 'Quân ủy Trung ương',
  'tổng cục chính trị quân đội nhân dân việt nam': 'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
  'tổng cục chính trị qđnd việt nam': 'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
  'tổng cục chính trị qđndvn': 'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
  'tổng cục chính trị qđnd vn': 'Tổng cục Chính trị Quân đội nhân dân Việt Nam',
  'bộ tổng tham mưu quân đội nhân dân việt nam': 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam',
  'bộ tổng tham mưu qđnd việt nam': 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam',
};

/** Ministries (Bộ …) and their provincial departments (Sở …) share most names. */
export const MINISTRY_NAMES: readonly string[] = [
  'Nội vụ', 'Công an', 'Quốc phòng', 'Ngoại giao', 'Tư pháp', 'Tài chính', 'Công Thương', 'Kế hoạch và Đầu tư',
  'Giáo dục và Đào tạo', 'Y tế', 'Xây dựng', 'Giao thông vận tải', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội',
  'Lao động, Thương binh và Xã hội', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa - Thể thao và Du lịch', 'Khoa học và Công nghệ',
  'Dân tộc và Tôn giáo', 'Văn hóa và Thể thao', 'Du lịch', 'Ngoại vụ',
  // former names, met in biographies
  'Khoa học, Công nghệ và Môi trường', 'Thương mại', 'Thương mại và Du lịch', 'Công nghiệp', 'Thủy sản', 'Bưu chính, Viễn thông',
];

/** Abbreviated ministry and department names as the press writes them. */
export const MINISTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'VH-TT&DL': 'Văn hóa, Thể thao và Du lịch', 'VHTT&DL': 'Văn hóa, Thể thao và Du lịch', 'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch', 'VHTTDL': 'Văn hóa, Thể thao và Du lịch',
  'GD-ĐT': 'Giáo dục và Đào tạo', 'GD&ĐT': 'Giáo dục và Đào tạo', 'GDĐT': 'Giáo dục và Đào tạo',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn', 'NN-PTNT': 'Nông nghiệp và Phát triển nông thôn', 'NNPTNT': 'Nông nghiệp và Phát triển nông thôn',
  'NN&MT': 'Nông nghiệp và Môi trường', 'TN&MT': 'Tài nguyên và Môi trường', 'TN-MT': 'Tài nguyên và Môi trường', 'TNMT': 'Tài nguyên và Môi trường',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội', 'LĐ-TB-XH': 'Lao động - Thương binh và Xã hội', 'LĐTB-XH': 'Lao động - Thương binh và Xã hội',
  'Lao động-Thương binh và Xã hội': 'Lao động - Thương binh và Xã hội', 'Giáo dục-Đào tạo': 'Giáo dục và Đào tạo', 'Giáo dục - Đào tạo': 'Giáo dục và Đào tạo', 'LĐTB&XH': 'Lao động - Thương binh và Xã hội', 'LĐ,TB&XH': 'Lao động - Thương binh và Xã hội', 'LĐTBXH': 'Lao động - Thương binh và Xã hội',
  'KH&ĐT': 'Kế hoạch và Đầu tư', 'KH-ĐT': 'Kế hoạch và Đầu tư', 'KHĐT': 'Kế hoạch và Đầu tư',
  'KH&CN': 'Khoa học và Công nghệ', 'KH-CN': 'Khoa học và Công nghệ', 'KHCN': 'Khoa học và Công nghệ',
  'TT&TT': 'Thông tin và Truyền thông', 'TT-TT': 'Thông tin và Truyền thông', 'TTTT': 'Thông tin và Truyền thông',
  'GTVT': 'Giao thông vận tải', 'GT-VT': 'Giao thông vận tải',
  // names written without their conjunctions
  'Khoa học công nghệ': 'Khoa học và Công nghệ', 'Tài nguyên môi trường': 'Tài nguyên và Môi trường',
  'Nông nghiệp phát triển nông thôn': 'Nông nghiệp và Phát triển nông thôn', 'Kế hoạch đầu tư': 'Kế hoạch và Đầu tư',
  'Giáo dục đào tạo': 'Giáo dục và Đào tạo', 'Thông tin truyền thông': 'Thông tin và Truyền thông',
  'Văn hóa thể thao du lịch': 'Văn hóa, Thể thao và Du lịch', 'Lao động thương binh xã hội': 'Lao động - Thương binh và Xã hội',
  'Lao động - Thương binh - Xã hội': 'Lao động - Thương binh và Xã hội', 'Văn hóa - Thể thao - Du lịch': 'Văn hóa, Thể thao và Du lịch',
};

/** Provincial bodies that take a level word and place ("Hội đồng nhân dân tỉnh Long An"). */
export const LEVELED_BODIES: Readonly<Record<string, string>> = {
  'hội đồng nhân dân': 'Hội đồng nhân dân',
  'hđnd': 'Hội đồng nhân dân',
  'ủy ban nhân dân': 'Ủy ban nhân dân',
  'ubnd': 'Ủy ban nhân dân',
  'ủy ban mặt trận tổ quốc việt nam': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'ủy ban mttq việt nam': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'ủy ban mttqvn': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'ủy ban mttq': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'ubmttq việt nam': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'ubmttq': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'mặt trận tổ quốc việt nam': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'mttq việt nam': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'mttq': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'đoàn đại biểu quốc hội': 'Đoàn đại biểu Quốc hội',
  'đoàn đbqh': 'Đoàn đại biểu Quốc hội',
  'hội nông dân': 'Hội Nông dân',
  'hội liên hiệp phụ nữ': 'Hội Liên hiệp Phụ nữ',
  'hội lhpn': 'Hội Liên hiệp Phụ nữ',
  'hội cựu chiến binh': 'Hội Cựu chiến binh',
  'hội ccb': 'Hội Cựu chiến binh',
  'liên minh hợp tác xã': 'Liên minh Hợp tác xã',
  'đoàn thanh niên cộng sản hồ chí minh': 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'đoàn tncs hồ chí minh': 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'công an': 'Công an',
  'bộ chỉ huy quân sự': 'Bộ Chỉ huy Quân sự',
  'bộ chỉ huy bộ đội biên phòng': 'Bộ Chỉ huy Bộ đội Biên phòng',
  'tòa án nhân dân': 'Tòa án nhân dân',
  'tand': 'Tòa án nhân dân',
  'vksnd': 'Viện kiểm sát nhân dân',
  'viện ksnd': 'Viện kiểm sát nhân dân',
  'tòa án nd': 'Tòa án nhân dân',
  'liên đoàn lao động': 'Liên đoàn Lao động',
  'lđlđ': 'Liên đoàn Lao động',
  'hội nông dân việt nam': 'Hội Nông dân',
  'bộ đội biên phòng': 'Bộ đội Biên phòng',
  'ban chỉ huy quân sự': 'Ban Chỉ huy Quân sự',
  'ban chấp hành đoàn': 'Ban Chấp hành Đoàn',
  'ủy ban mặt trận tổ quốc': 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  'viện kiểm sát nhân dân': 'Viện kiểm sát nhân dân',
  'thanh tra': 'Thanh tra',
  'công đoàn': 'Công đoàn',
  'đảng bộ': 'Đảng bộ',
  'ban chấp hành đảng bộ': 'Ban Chấp hành Đảng bộ',
  'bch đảng bộ': 'Ban Chấp hành Đảng bộ',
  'ban thường vụ đảng bộ': 'Ban Thường vụ Đảng bộ',
};

/** Youth-union committees named by level ("Tỉnh đoàn"). */
export const UNION_COMMITTEES: Readonly<Record<string, { canonical: string; level: 'province' | 'city' | 'district' }>> = {
  'tỉnh đoàn': { canonical: 'Tỉnh đoàn', level: 'province' },
  'thành đoàn': { canonical: 'Thành đoàn', level: 'city' },
  'huyện đoàn': { canonical: 'Huyện đoàn', level: 'district' },
};

/** Level words before a place name, with the level they denote. */
export const LEVEL_WORDS: Readonly<Record<string, { canonical: string; level: 'province' | 'city' | 'district' | 'commune' }>> = {
  'tỉnh': { canonical: 'tỉnh', level: 'province' },
  'thành phố': { canonical: 'thành phố', level: 'city' },
  'tp.': { canonical: 'thành phố', level: 'city' },
  'tp': { canonical: 'thành phố', level: 'city' },
  'tx': { canonical: 'thị xã', level: 'district' },
  'huyện': { canonical: 'huyện', level: 'district' },
  'quận': { canonical: 'quận', level: 'district' },
  'thị xã': { canonical: 'thị xã', level: 'district' },
  'xã': { canonical: 'xã', level: 'commune' },
  'phường': { canonical: 'phường', level: 'commune' },
  'thị trấn': { canonical: 'thị trấn', level: 'commune' },
  'đặc khu': { canonical: 'đặc khu', level: 'commune' },
};

/**
 * The specialist offices of a district's People's Committee ("Phòng … huyện X"), with the abbreviations the press
 * uses; most share their names with the provincial departments (MINISTRY_NAMES).
 */
export const DISTRICT_OFFICES: Readonly<Record<string, string>> = {
  'Tài chính - Kế hoạch': 'Tài chính - Kế hoạch', 'TC-KH': 'Tài chính - Kế hoạch', 'TCKH': 'Tài chính - Kế hoạch',
  'Kinh tế và Hạ tầng': 'Kinh tế và Hạ tầng', 'Kinh tế - Hạ tầng': 'Kinh tế và Hạ tầng', 'KT-HT': 'Kinh tế và Hạ tầng', 'KTHT': 'Kinh tế và Hạ tầng', 'KT&HT': 'Kinh tế và Hạ tầng',
  'Quản lý đô thị': 'Quản lý đô thị', 'QLĐT': 'Quản lý đô thị',
  'Văn hóa và Thông tin': 'Văn hóa và Thông tin', 'Văn hóa - Thông tin': 'Văn hóa và Thông tin', 'VH-TT': 'Văn hóa và Thông tin', 'VHTT': 'Văn hóa và Thông tin',
  'Kinh tế': 'Kinh tế', 'Dân tộc': 'Dân tộc', 'Nội vụ': 'Nội vụ', 'Tư pháp': 'Tư pháp', 'Y tế': 'Y tế',
  'Lao động - Thương binh và Xã hội': 'Lao động - Thương binh và Xã hội', 'Giáo dục và Đào tạo': 'Giáo dục và Đào tạo',
  'Tài nguyên và Môi trường': 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn': 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường': 'Nông nghiệp và Môi trường', 'Văn hóa, Khoa học và Thông tin': 'Văn hóa, Khoa học và Thông tin',
};

/** Standard departments ("Vụ") of every ministry, often written in lower case: "Vụ tổ chức cán bộ". */
export const MINISTRY_DEPARTMENTS: Readonly<Record<string, string>> = {
  'Tổ chức cán bộ': 'Tổ chức cán bộ', 'TCCB': 'Tổ chức cán bộ', 'Pháp chế': 'Pháp chế', 'Kế hoạch - Tài chính': 'Kế hoạch - Tài chính',
  'Kế hoạch và Tài chính': 'Kế hoạch - Tài chính', 'Hợp tác quốc tế': 'Hợp tác quốc tế', 'Thi đua - Khen thưởng': 'Thi đua - Khen thưởng',
  'Khoa học và Công nghệ': 'Khoa học và Công nghệ', 'Khoa học, Công nghệ và Môi trường': 'Khoa học, Công nghệ và Môi trường',
  'Tổ chức - Biên chế': 'Tổ chức - Biên chế', 'Tổng hợp': 'Tổng hợp',
};

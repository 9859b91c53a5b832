/** Common Vietnamese family names: a capitalised word after one of them is part of a person's name. */
export const SURNAMES = new Set(['nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ',
  'hồ', 'ngô', 'dương', 'lý', 'đinh', 'đào', 'trương', 'lương', 'mai', 'lâm', 'tạ', 'cao', 'trịnh', 'châu', 'hà', 'thái',
  'tô', 'triệu']);

/** Words that stand inside or before personal names ("Văn", "Thị", "ông", "bà"). */
export const NAME_WORDS = new Set(['văn', 'thị', 'hữu', 'đức', 'công', 'ông', 'bà']);

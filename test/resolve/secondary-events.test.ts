import { describe, expect, it } from 'vitest';
import { announcedInspection, findVisits } from '../../src/resolve/secondary-events.js';

describe('announcedInspection', () => {
  it.each([
    ['đoàn công tác công bố quyết định giám sát ban cán sự đảng bộ công thương.', 'lễ công bố quyết định', 'giám sát'],
    ['đoàn đã dự hội nghị công bố quyết định kiểm tra công tác cán bộ tại tỉnh ủy.', 'hội nghị', 'kiểm tra'],
    // the main event itself, or a decision not announced
    ['đoàn công bố quyết định kiểm tra công tác cán bộ.', 'kiểm tra', null],
    ['cục thuế ra quyết định kiểm tra doanh nghiệp.', 'hội nghị', null],
  ])('reads the inspection in %s', (lower, mainKind, kind) => {
    expect(announcedInspection(lower, mainKind)?.kind ?? null).toBe(kind);
  });
});

describe('findVisits', () => {
  it.each([
    ['phó thủ tướng đã đến thăm, làm việc với ban thường vụ tỉnh ủy.', ['thăm, làm việc']],
    ['đoàn thăm và làm việc tại tỉnh.', ['thăm và làm việc']],
    ['đoàn đến thăm hỏi , tặng quà gia đình chính sách.', ['thăm hỏi , tặng quà']],
    // congratulations on a visit, a talk
    ['bí thư thành ủy thăm, chúc mừng báo an phú. chiều 15/6, bí thư đã đến thăm và chúc mừng báo.', ['thăm, chúc mừng', 'thăm và chúc mừng']],
    ['chiều cùng ngày, tổng bí thư đã tới thăm và nói chuyện với học viên.', ['thăm và nói chuyện']],
    // someone going to see a place or a relative
    ['du khách có thể tới thăm khu chuồng chim.', []],
    ['ông đi thăm người thân.', []],
    ['chuyến thăm chính thức của tổng thống.', []],
  ])('finds the visits in %s', (lower, found) => {
    expect(findVisits(lower).map((v) => lower.slice(v.start, v.end))).toEqual(found);
  });
});

import { describe, expect, it } from 'vitest';
import { announcedInspection, visitAt } from '../../src/resolve/secondary-events.js';

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

describe('visitAt', () => {
  it.each([
    ['phó thủ tướng đã đến thăm, làm việc với ban thường vụ tỉnh ủy.', true],
    ['đoàn thăm và làm việc tại tỉnh.', true],
    ['đoàn đến thăm hỏi , tặng quà gia đình chính sách.', true],
    ['ông đi thăm người thân.', false],
  ])('finds a visit in %s', (lower, found) => {
    expect(visitAt(lower) >= 0).toBe(found);
  });
});

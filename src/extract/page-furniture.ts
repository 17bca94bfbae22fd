// Headings of the blocks a news page puts after its article: related news, most read, comments, visitor counters.
const FURNITURE = /^[ \t]*(?:bài cùng chuyên mục|tin cùng chuyên mục|các tin cùng chuyên mục|tin liên quan|bài liên quan|các tin khác|tin khác|tin mới|tin mới nhất|tin đọc nhiều|đọc nhiều nhất|xem nhiều nhất|sự kiện nổi bật|thống kê truy cập|ý kiến bạn đọc|bình luận|gửi bình luận|ý kiến của bạn)\b/imu;

/** Where the page's furniture begins after the article, or the text's end; only in the second half of the page. */
export function furnitureStart(text: string): number {
  const half = Math.floor(text.length / 2);
  const m = FURNITURE.exec(text.slice(half));
  return m ? half + m.index : text.length;
}

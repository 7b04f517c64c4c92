// Chinese numerals as printed in headings (一 … 十九, 二十 …) and as years (二〇二〇).

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23; NaN when not a numeral below 100. */
export function parseChineseNumber(s: string): number {
  if (!s) return NaN;
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 && s in DIGIT ? DIGIT[s] : NaN;
  if (s.indexOf('十', ten + 1) >= 0) return NaN;
  const head = s.slice(0, ten);
  const tail = s.slice(ten + 1);
  const tens = head === '' ? 1 : head.length === 1 && head in DIGIT ? DIGIT[head] : NaN;
  const ones = tail === '' ? 0 : tail.length === 1 && tail in DIGIT ? DIGIT[tail] : NaN;
  return tens * 10 + ones;
}

/** 二〇二〇 / 二零二〇 → 2020 (digit by digit); NaN otherwise. */
export function parseChineseYear(s: string): number {
  if (s.length !== 4) return NaN;
  let n = 0;
  for (const ch of s) {
    if (!(ch in DIGIT)) return NaN;
    n = n * 10 + DIGIT[ch];
  }
  return n;
}

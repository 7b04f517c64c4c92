// Locating where each table stands: clusters of short key phrases that only the table prints
// close together. Each cluster is one printed copy (a report may print a table twice).
// One indexOf pass per phrase: linear in the text.

export interface Region {
  start: number;
  end: number;
  /** how many different key phrases were seen */
  distinct: number;
}

export const APPLICATION_KEYS = [
  '新收政府信息',
  '上年结转',
  '予以公开',
  '部分公开',
  '不予公开',
  '国家秘密',
  '第三方合法权益',
  '无法提供',
  '不予处理',
  '重复申请',
  '出版物',
  '结转下年',
  '申请人情况',
  '自然人',
];

export const REVIEW_KEYS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '直接起诉', '复议后起诉'];

export const PROACTIVE_KEYS = [
  '第二十条',
  '规章',
  '规范性文件',
  '行政许可',
  '行政处罚',
  '行政强制',
  '事业性收费',
  '集中采购',
  '信息内容',
  '处理决定数量',
  '制发件数',
  '新制作数量',
];

/** Clusters of key phrases at most `gap` characters apart, with at least `minDistinct` kinds. */
export function findClusters(folded: string, keys: string[], gap: number, minDistinct: number): Region[] {
  const hits: { pos: number; end: number; k: number }[] = [];
  keys.forEach((key, k) => {
    for (let p = folded.indexOf(key); p >= 0; p = folded.indexOf(key, p + key.length)) {
      hits.push({ pos: p, end: p + key.length, k });
    }
  });
  hits.sort((a, b) => a.pos - b.pos);
  const out: Region[] = [];
  let i = 0;
  while (i < hits.length) {
    let j = i;
    let end = hits[i]!.end;
    const kinds = new Set([hits[i]!.k]);
    while (j + 1 < hits.length && hits[j + 1]!.pos - end <= gap) {
      j++;
      end = Math.max(end, hits[j]!.end);
      kinds.add(hits[j]!.k);
    }
    if (kinds.size >= minDistinct) out.push({ start: hits[i]!.pos, end, distinct: kinds.size });
    i = j + 1;
  }
  return out;
}

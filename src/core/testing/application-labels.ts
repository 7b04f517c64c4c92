// Table 三's 23 row labels as the 2021 template prints them, one per row (the block heads
// (三)(四)(五) on their own rows of the template are left out: they carry no figures). Tests
// that build the table by hand in a layout of their own start from this list.
export const APPLICATION_LABELS: readonly string[] = [
  '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '1.属于国家秘密', '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息',
  '7.属于行政执法案卷', '8.属于行政查询事项', '1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确', '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物',
  '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计',
  '四、结转下年度继续办理',
];

/** the block heads glued before their first row, as crawler text prints them (三、本年度办理结果（一）予以公开) */
const BLOCK_HEADS: Record<number, string> = { 2: '三、本年度办理结果', 4: '（三）不予公开', 12: '（四）无法提供', 15: '（五）不予处理' };
export const APPLICATION_LABELS_WITH_BLOCKS: readonly string[] = APPLICATION_LABELS.map((l, i) => (BLOCK_HEADS[i] ?? '') + l);

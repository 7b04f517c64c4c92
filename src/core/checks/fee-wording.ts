// Chinese wording of the fee checks (the JSON's message).
const amount = (a: number | null) => (a === null ? '' : `${a}元`);

export const feeWording = {
  proseContradiction: (charged: number | null) => `正文一处说未收取费用，另一处又说收取了信息处理费${amount(charged)}`,
  proseConsistent: () => '正文关于信息处理费的说法前后一致',
  noneButTable: (value: number, unit: string) => `正文说未收取任何费用，但表二“行政事业性收费”填有${value}${unit}（行政事业性收费不是信息处理费；如只指信息处理费，宜写明）`,
  chargedButTableZero: (charged: number | null) => `正文说收取了行政事业性收费${amount(charged)}，但表二“行政事业性收费”本年收费金额为0`,
  tableConsistent: () => '正文关于收费的说法与表二一致',
  chargedNoApplications: (charged: number | null) => `正文说收取了信息处理费${amount(charged)}，但表三本年新收和上年结转的申请都是0`,
  chargedWithApplications: (n: number) => `正文所述收取信息处理费与表三的申请数（${n}）不矛盾`,
};

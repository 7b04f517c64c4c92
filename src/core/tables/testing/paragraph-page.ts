// Table 二 of the 2019 template as a web page copied as text prints it: one cell a paragraph
// (an empty line after every cell; an empty cell prints only its empty line). Tests give each
// row's cells as printed, '' for an empty cell.
export const paras = (lines: string[]): string => lines.join('\n\n') + '\n';

export type Proactive2019Row = '规章' | '规范性文件' | '行政许可' | '其他对外管理服务事项' | '行政处罚' | '行政强制' | '行政事业性收费' | '政府集中采购';

const SKELETON = [
  '二、主动公开政府信息情况',
  '第二十条第(一)项',
  '信息内容',
  '本年新\n制作数量',
  '本年新\n公开数量',
  '对外公开总数量',
  '规章',
  '规范性文件',
  '第二十条第(五)项',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '行政许可',
  '其他对外管理服务事项',
  '第二十条第(六)项',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '处理决定数量',
  '行政处罚',
  '行政强制',
  '第二十条第(八)项',
  '信息内容',
  '上一年项目数量',
  '本年增/减',
  '行政事业性收费',
  '第二十条第(九)项',
  '信息内容',
  '采购项目数量',
  '采购总金额',
  '政府集中采购',
];

export function proactive2019Paras(cells: Record<Proactive2019Row, string[]>): string {
  return paras(SKELETON.flatMap((line) => (line in cells ? [line, ...cells[line as Proactive2019Row]] : [line])));
}

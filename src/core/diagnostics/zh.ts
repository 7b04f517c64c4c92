// The Chinese wording of every diagnostic, for the exported JSON's human-readable fields
// (TableNote.message, Garble.reason, warnings, error). The one place the core words them;
// the UI words the same codes itself (ui/i18n), with the printed labels of rows.
import type { TableKey } from '../types';
import type { Code, DiagnosticParams } from './codes';
import { zhChainWording, zhCheckWording } from './zh-checks';

export const TABLE_NAMES: Record<TableKey, string> = {
  proactive: '表二（主动公开）',
  applications: '表三（收到和处理申请）',
  reviewLitigation: '表四（行政复议、行政诉讼）',
};

const NUMERAL: Record<TableKey, string> = { proactive: '二', applications: '三', reviewLitigation: '四' };

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Wording = { [K in Code]: (p: DiagnosticParams[K]) => string };

export const zhWording: Wording = {
  ...zhCheckWording,
  ...zhChainWording,
  'decode.empty': () => '文件为空',
  'decode.failed': (p) => `无法读取文件：${p.detail}`,
  'decode.tooLarge': (p) => `文件过大（${mb(p.sizeBytes)}），${p.kind.toUpperCase()} 文件最多读取 ${mb(p.limitBytes)}`,
  'input.overMemory': (p) => `内存不够检查这份输入：估计需要约 ${mb(p.needBytes)}，而本页解析程序的内存上限约为 ${mb(p.limitBytes)}。请只检查其中一部分`,
  'decode.pdfNoText': () => 'PDF 中没有可提取的文字，可能是扫描图片',
  'decode.docxNoText': () => 'Word 文件中没有文字',
  'decode.docxDamaged': (p) => `无法读取 Word 文件，文件可能已损坏：${p.detail}`,
  'decode.pdfPassword': () => 'PDF 文件有密码保护，无法读取',
  'decode.pdfDamaged': (p) => `无法读取 PDF 文件，文件可能已损坏：${p.detail}`,
  'decode.binary': () => '这是二进制文件，不是文本',
  'decode.unknownEncoding': () => '无法识别文件的编码，解码结果是乱码；支持 UTF-8、GB18030/GBK、Big5、UTF-16',
  'decode.zipNotDocx': () => '这是 ZIP 压缩包，不是 Word .docx 文件；请解压或另存为 .docx/.txt',
  'decode.legacyOffice': () => '这是旧版 Office 文件（.doc/.xls/.wps），请另存为 .docx 或 .txt 再打开',
  'decode.image': (p) => `这是图片文件（${p.format}），不含可读文字`,
  'decode.executable': () => '这是可执行程序，不是报告',
  'decode.compressed': (p) => `这是压缩文件（${p.format}），请先解压`,
  'decode.rtf': () => 'RTF 文件暂不支持，请另存为 .docx 或 .txt',
  'inspect.failed': (p) => `检查失败：${p.detail}`,
  'file.notFound': (p) => `文件不存在：${p.file}`,
  'file.isDirectory': (p) => `这是一个目录，不是文件：${p.file}`,
  'file.noPermission': (p) => `没有读取权限：${p.file}`,
  'file.unreadable': (p) => `无法读取文件 ${p.file}：${p.detail}`,
  'inspect.threadStopped': (p) => `检查中断：${p.detail}`,
  'zip.unreadable': (p) => `无法读取 zip 文件：${p.detail}`,
  'zip.unsupportedMethod': (p) => `不支持的 zip 压缩方式：${p.method}`,
  'zip.memberTooLarge': (p) => `文件过大：zip 成员超过 ${p.limitBytes} 字节`,
  'zip.memberDamaged': (p) => `zip 成员损坏：${p.detail}`,
  'zip.memberCut': () => 'zip 文件不完整，此文件被截断',
  'zip.noMember': () => '压缩包中没有找到任何文件（不是 zip 文件，或是空的压缩包）',
  'batch.systemFile': () => '系统文件（不是报告）',
  'batch.unsupportedType': () => '不支持的文件类型',
  'batch.lostOnReload': () => '页面重新加载前未读取，请重新拖入',
  'batch.zipCorrupt': (p) => `无法解压：${p.detail}`,
  'batch.zipCompression': (p) => `压缩包内使用了不支持的压缩方式（${p.detail}）`,
  'batch.zipTooLarge': (p) => `压缩包内文件过大（${p.detail} 字节）`,
  'batch.readFailed': (p) => `无法读取：${p.detail}`,
  'decode.fileCut': (p) => `文件过大：只读取了前 ${mb(p.keptBytes)}（共 ${mb(p.totalBytes)}），其余部分未检查`,
  'decode.textCut': (p) => `提取的文字过长，只保留前 ${p.chars} 个字符`,
  'input.pasteCut': (p) => `粘贴的文字过长：只检查了前 ${p.keptChars} 个字符（共 ${p.totalChars} 个，上限 ${p.limitChars}）`,
  'decode.pdfPagesCut': (p) => `PDF 共 ${p.pages} 页，只读取了前 ${p.read} 页`,
  'decode.badUtf8': (p) => `文件中有 ${p.count} 处无法按 UTF-8 解码的字节，已显示为 U+FFFD`,
  'decode.cutInCharacter': (p) =>
    `文件在一个字符的中间结束（可能被截断）：第 ${p.from === p.to ? p.from : `${p.from}–${p.to}`} 字节（${p.bytes}，从 0 起数）不成一个完整字符，已舍去`,
  'reading.tableUnread': (p) => `找到了「${p.title}」，但没能读出其中的${TABLE_NAMES[p.table]}`,
  'reading.noTables': () => '没有找到年度报告的标准统计表',
  'tables.failed': (p) => `表格读取失败：${p.detail}`,
  'tables.printedTwice': (p) =>
    `${TABLE_NAMES[p.table]}印了两次（位置 ${p.used}–${p.usedEnd} 与 ${p.at}–${p.atEnd}），采用读得更完整的一份${p.differs ? '；两份数字不一致' : ''}`,
  'tables.headerOnly': (p) => `${TABLE_NAMES[p.table]}的表头在第 ${p.at} 字处，但没有读到任何一行`,
  'tables.reviewByPlace': (p) => `${TABLE_NAMES[p.table]}未印可识别的表头，按其章节标题下第 ${p.at} 字处的一行 15 个数字读取`,
  'tables.rowMissing': (p) => `表${NUMERAL[p.table]}未找到「${p.label}」行`,
  'tables.cannotSplit': (p) => `表${NUMERAL[p.table]}「${p.label ?? p.row}」行的数字「${p.printed}」无法拆分为 ${p.n} 格`,
  'tables.alignmentChosen': (p) => `表${NUMERAL[p.table]}「${p.row}」行多出一个空格子，从左或从右对齐合计都无法判定（${p.alts.join('，')}），按 ${p.chosen} 读取`,
  'tables.splitChosen': (p) => `表${NUMERAL[p.table]}「${p.row}」行的连写数字有多种拆法（${p.alts.join('，')}），按 ${p.chosen} 读取`,
  'tables.placementChosen': (p) =>
    `表${NUMERAL[p.table]}「${p.row}」行的只印了 ${p.got} 个数字，所在列有多种读法（${p.alts.join('，')}），按 ${p.chosen} 读取`,
  'tables.columnsUncertain': (p) =>
    `表${NUMERAL[p.table]}「${p.row}」行只印了 ${p.got} 个数字（应有 ${p.n} 个），勾稽关系不能全部成立，无法确定所在列，按 ${p.chosen} 读取`,
  'tables.columnShift': (p) =>
    `表${NUMERAL[p.table]}「${p.row}」行只印了 ${p.got} 个数字，整列移到相邻的空白列同样符合勾稽关系，无法确定所在列，按 ${p.chosen} 读取`,
  'tables.noSplitAddsUp': (p) => `表${NUMERAL[p.table]}「${p.row}」行的连写数字无论怎样拆分，总计都不等于各项之和；按列勾稽关系选择了拆法`,
  'tables.reviewCannotSplit': (p) => `表${NUMERAL[p.table]}的连写数字无法按“总计=各项之和”拆分为 ${p.n} 格`,
  'tables.reviewShort': (p) => `表${NUMERAL[p.table]}只读到 ${p.got} 个数字（应有 ${p.n} 个），无法确定空白格的位置，按从左到右填入`,
  'tables.proactiveAmbiguous': (p) =>
    `表${NUMERAL[p.table]}「${p.label}」行的连写数字「${p.printed}」无法唯一拆分（可能为 ${p.alts.join('，')}${p.more ? ' 等' : ''}），暂按 ${p.chosen} 读取`,
  'note.printedTwice': (p) => `这张表在第 ${p.at} 字处又印了一次，采用第 ${p.used} 字处的一份`,
  'note.rowMissing': (p) => `未找到「${p.label}」行`,
  'note.rowByPlace': (p) => `「${p.label}」行未印行名，按其在上下行之间的位置读取`,
  'note.cannotSplit': (p) => `连写数字无法拆分为 ${p.n} 格`,
  'note.splits': (p) => `连写数字有多种拆法：${p.alts.join('，')}`,
  'note.alignment': (p) => `该行比表格多出一个空格子，从左或从右对齐都说得通，合计也无法判定：${p.alts.join('，')}`,
  'note.placements': (p) => `只印了 ${p.got} 个数字，所在列有多种读法：${p.alts.join('，')}`,
  'note.onlyFigures': (p) => `只读到 ${p.got} 个数字（应有 ${p.n} 个）`,
  'note.columnsUncertain': (p) => `只印了 ${p.got} 个数字（应有 ${p.n} 个），所在列不能确定`,
  'note.columnShift': () => '整列数字可能应在相邻的空白列',
  'note.noSplitAddsUp': () => '无论怎样拆分，总计都不等于各项之和',
  'garble.replacement': () => 'U+FFFD',
  'garble.invisible': (p) => p.codes.join(' '),
  'garble.markup': () => '文档转换残留',
  'garble.placeholder': () => '模板占位符',
  'garble.fieldCode': () => 'Word 域代码',
  'garble.pageChrome': () => '网页边栏文字',
  'garble.lostBytes': (p) => `缺失字节（${p.sample}）`,
  'garble.misread': (p) => `${p.encoding} 被当作 ${p.readAs} 读取`,
  'garble.misreadUnsure': (p) => `${p.encoding} 被当作 ${p.readAs} 读取（缺失字节，无法确定）`,
  'garble.misreadGuess': (p) => `${p.encoding} 被当作 ${p.readAs} 读取（缺失字节，修复为推测${p.alternatives ? `；其他可能：${p.alternatives}` : ''}）`,
  'garble.absentFromCopy': () => '另一副本中没有这些字',
  'garble.noiseInWord': () => '词中夹杂无关字',
  'garble.noiseBetweenWords': () => '词间无关字',
  'garble.noiseInDate': () => '日期中夹杂无关字',
};

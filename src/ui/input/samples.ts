// The sample reports served from public/samples/, with the names a reader recognises.
export interface Sample {
  file: string;
  zh: string;
  en: string;
}

export const SAMPLES: Sample[] = [
  { file: 'hainan-provincial-police-2020-traditional.txt', zh: '海南省公安厅 2020（繁体、注入字符）', en: 'Hainan Provincial Police 2020 (traditional, injected characters)' },
  { file: 'pingtan-2020-flattened.txt', zh: '平潭综合实验区 2020（单元格粘连、真实错误）', en: 'Pingtan 2020 (glued cells, a real error)' },
  { file: 'pingtan-2021-flattened.txt', zh: '平潭综合实验区 2021（单元格粘连）', en: 'Pingtan 2021 (glued cells)' },
  { file: 'shanghai-gov-office-2019.html', zh: '上海市人民政府办公厅 2019（网页 HTML）', en: 'Shanghai Government Office 2019 (HTML page)' },
  { file: 'huaian-gov-2024-pdftext.txt', zh: '淮安市人民政府 2024（PDF 提取文本）', en: 'Huai’an Government 2024 (text from a PDF)' },
  { file: 'bachu-county-police-2023.txt', zh: '巴楚县公安局 2023（2021 版模板、无标题）', en: 'Bachu County Police 2023 (2021 template, no title)' },
  { file: 'haidong-city-police-2019.txt', zh: '海东市公安局 2019（制表符分隔）', en: 'Haidong City Police 2019 (tab-separated)' },
  { file: 'ziyang-county-police-2020.txt', zh: '紫阳县公安局 2020（仅总计列）', en: 'Ziyang County Police 2020 (totals only)' },
  { file: 'guangdong-provincial-police-2017-traditional.txt', zh: '广东省公安厅 2017（繁体、2019 年以前）', en: 'Guangdong Provincial Police 2017 (traditional, before 2019)' },
];

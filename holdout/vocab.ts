// Words of the held-out generator: agencies, prose and the characters it injects. Written by
// hand for this generator; nothing here comes from the project's generator or dictionaries.
import type { Rng } from './prng';

const PROVINCES = ['江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '河北省', '山西省', '吉林省'];
const CITIES = ['南通市', '温州市', '芜湖市', '泉州市', '赣州市', '潍坊市', '洛阳市', '宜昌市', '岳阳市', '佛山市', '绵阳市', '遵义市', '曲靖市', '宝鸡市', '天水市', '保定市', '大同市', '吉林市', '扬州市', '嘉兴市', '漳州市', '九江市', '烟台市', '襄阳市'];
const COUNTIES = ['如皋市', '瑞安市', '繁昌区', '晋江市', '瑞金市', '寿光市', '栾川县', '秭归县', '平江县', '顺德区', '江油市', '仁怀市', '宣威市', '凤翔区', '秦安县', '涿州市', '广灵县', '桦甸市', '高邮市', '桐乡市', '长泰区', '修水县', '莱阳市', '枣阳市'];
const TOWNS = ['城关镇', '新港镇', '白沙镇', '龙泉镇', '石桥镇', '青山乡', '东湖街道', '南岗镇', '金沙乡', '马桥镇'];
const DEPARTMENTS = ['人民政府', '人民政府办公室', '公安局', '财政局', '教育局', '自然资源和规划局', '市场监督管理局', '生态环境局', '交通运输局', '卫生健康委员会', '住房和城乡建设局', '人力资源和社会保障局', '民政局', '司法局', '农业农村局', '水利局', '审计局', '统计局', '应急管理局', '医疗保障局'];
const PROVINCIAL_DEPTS = ['公安厅', '财政厅', '教育厅', '交通运输厅', '生态环境厅', '民政厅', '司法厅', '水利厅', '人民政府办公厅'];

export function makeAgency(rng: Rng): string {
  const kind = rng.weighted([['prov', 1], ['city', 3], ['county', 4], ['town', 2]] as const);
  if (kind === 'prov') return rng.pick(PROVINCES) + rng.pick(PROVINCIAL_DEPTS);
  if (kind === 'city') return rng.pick(CITIES) + rng.pick(DEPARTMENTS);
  if (kind === 'county') return rng.pick(COUNTIES) + rng.pick(DEPARTMENTS);
  const town = rng.pick(TOWNS);
  return rng.pick(COUNTIES) + town + (town.endsWith('街道') ? '办事处' : '人民政府');
}

/** Prose sentences of each section; {A} the agency, {Y} the year, {P} the previous year. */
export const OVERVIEW = [
  '{Y}年，{A}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开各项工作。',
  '我们围绕中心工作，持续加大主动公开力度，进一步规范依申请公开办理流程，公开质量和实效稳步提升。',
  '全年通过门户网站、政务新媒体和公开栏等渠道发布各类政府信息，及时回应社会关切。',
  '严格落实公开前保密审查制度，坚持“先审查、后公开”和“一事一审”原则，全年未发生泄密事件。',
  '进一步优化政府信息公开专栏，对栏目设置、信息分类和更新频率进行全面梳理。',
  '加强政策解读工作，采取图文、视频等多种形式对重要政策文件进行解读，方便群众理解。',
  '组织开展政务公开业务培训，提高工作人员的业务能力和依法公开意识。',
  '与{P}年相比，主动公开信息数量有所增加，依申请公开办理更加规范。',
  '按照上级部署，推进基层政务公开标准化规范化建设，重点领域信息公开取得新进展。',
  '认真做好政府信息公开工作年度报告的编制和发布工作，主动接受社会监督。',
];

export const PROBLEMS = [
  '一是政策解读的形式还不够丰富，解读的针对性有待提高。',
  '二是部分栏目信息更新不够及时，公开内容的系统性还需加强。',
  '三是工作人员业务水平参差不齐，培训的覆盖面还需进一步扩大。',
  '下一步，我们将进一步健全工作机制，加强信息发布审核，提升政务公开的质量和实效。',
  '同时加大监督检查力度，定期开展自查，发现问题及时整改。',
  '继续拓展公开渠道，充分发挥政务新媒体的作用，更好地服务人民群众。',
];

export const OTHER_MATTERS = [
  '本年度未收取政府信息公开信息处理费。',
  '无其他需要报告的事项。',
  '本机关认真办理人大代表建议和政协委员提案，办理结果按规定予以公开。',
];

/** Prose of the 2008–2018 era: the figures stand inside the sentences. */
export const PRE2019 = [
  '{Y}年，{A}认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息{n1}条，其中规范性文件{n2}件。',
  '全年共受理政府信息公开申请{n3}件，其中同意公开{n4}件，不予公开{n5}件，已全部按期答复。',
  '本年度未收取政府信息公开检索、复制、邮寄等费用，也未发生减免情况。',
  '全年未发生因政府信息公开申请行政复议、提起行政诉讼的情况。',
  '政府信息公开工作还存在公开内容不够全面、更新不够及时等问题，下一步将认真加以改进。',
];

/** Sentences that speak of the table's own words, written before each table (damage 1). */
export const BEFORE_PROACTIVE = [
  '本年度主动公开规章、规范性文件，并及时公开行政许可、行政处罚、行政强制等决定信息，具体情况如下：',
  '现将第二十条第（一）项、第（五）项、第（六）项规定的规章、规范性文件、行政许可、行政处罚和行政事业性收费信息公开情况统计如下。',
];
export const BEFORE_APPLICATIONS = [
  '本年度新收政府信息公开申请{n}件，上年结转申请{m}件，其中予以公开、部分公开、不予公开、无法提供、不予处理等办理结果见下表。',
  '对收到的申请，予以公开的及时提供，部分公开的作区分处理，不予公开的说明理由，本机关不掌握相关政府信息的告知申请人，具体如下：',
];
export const BEFORE_REVIEW = [
  '本年度因政府信息公开引起的行政复议{n}件，行政诉讼{m}件，结果维持、结果纠正、其他结果和尚未审结的情况如下：',
  '政府信息公开行政复议、行政诉讼情况统计如下（未经复议直接起诉、复议后起诉分别统计）。',
];

/**
 * Characters by how often they occur in Chinese text, most frequent first, as this generator's
 * author knows them: the very top, then the common range. Rare characters are drawn from the
 * whole CJK block by code point.
 */
export const TOP_CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研';
export const COMMON_CHARS = '世商织养林受器声且群难记深备安张调思权米支确满快千般每议格院拉类音北王科造志满近持斗领红导再族响史证改务走区规识信报价百谁话写石治吃铁古怎元济住收速往京片容治习白环究空书风早装观克约亲整准离城积传温土争官精热属布语呢限容色光吗写影底确越须单保集视宣读河亚示友职验护至英德往周爱言团技失达低存历且包请复微华清状维划注转尔叫半火除术营际印局投待斯增消何存兵马致毛似送望足武修适黄团谈连般苦确宁医举材阶虽倒助标州效台企村球益差钱委配息压苏士细守洋福罗孩笔讨众谓施李朝班称获假找模帮黑哪益类供紧抓卫按讲告尽青优试杀益房坐落杂阿功独冷哥雪旧追困刘测远厂律客粮游担帝免抗吧杨顾拿陈急亮端充拉静层续怕欢掌胜草街脚陆担态贸罗顺训尼防吸宗景养择读杂钢降超虎刻乡财源拿顶伤夫益呀养纪胡苏忙善';

/** Run lengths 1–5 and their weights. */
export const RUN_LENGTHS: readonly (readonly [number, number])[] = [[1, 3], [2, 3], [3, 3], [4, 2], [5, 2]];

export type Tier = 'top' | 'common' | 'rare';

const TOP_POOL = Array.from(TOP_CHARS.slice(0, 60));
const COMMON_POOL = Array.from(new Set([...Array.from(TOP_CHARS.slice(60)), ...Array.from(COMMON_CHARS)]));

export function drawRun(rng: Rng, len: number, tier: Tier): string {
  let out = '';
  for (let i = 0; i < len; i++) {
    if (tier === 'top') out += rng.pick(TOP_POOL);
    else if (tier === 'common') out += rng.pick(COMMON_POOL);
    else out += String.fromCharCode(rng.int(0x4e00, 0x9fa5));
  }
  return out;
}

export const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060', '\ue003', '\ue0a1'];
export const MARKUPS = ['[bookmark: _GoBack]', '<!--[if !supportLists]-->', '[bookmark: OLE_LINK1]'];

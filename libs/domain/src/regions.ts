// Where drives happen and volunteers live (issue 23): a curated list of major Chinese cities, by
// their administrative division code (GB/T 2260, prefixed CN-), with names in both languages.
// A list rather than a table: it changes with a release, not at run time, and the form, the API's
// validation and the public /drives page read the same one.

export interface Region {
  /** Stored on drives and volunteers, e.g. CN-150100. */
  code: string;
  en: string;
  zh: string;
}

export const REGIONS: readonly Region[] = [
  { code: 'CN-110100', en: 'Beijing', zh: '北京市' },
  { code: 'CN-120100', en: 'Tianjin', zh: '天津市' },
  { code: 'CN-310100', en: 'Shanghai', zh: '上海市' },
  { code: 'CN-500100', en: 'Chongqing', zh: '重庆市' },
  { code: 'CN-130100', en: 'Shijiazhuang', zh: '石家庄市' },
  { code: 'CN-140100', en: 'Taiyuan', zh: '太原市' },
  { code: 'CN-150100', en: 'Hohhot', zh: '呼和浩特市' },
  { code: 'CN-150200', en: 'Baotou', zh: '包头市' },
  { code: 'CN-210100', en: 'Shenyang', zh: '沈阳市' },
  { code: 'CN-210200', en: 'Dalian', zh: '大连市' },
  { code: 'CN-220100', en: 'Changchun', zh: '长春市' },
  { code: 'CN-230100', en: 'Harbin', zh: '哈尔滨市' },
  { code: 'CN-320100', en: 'Nanjing', zh: '南京市' },
  { code: 'CN-320500', en: 'Suzhou', zh: '苏州市' },
  { code: 'CN-330100', en: 'Hangzhou', zh: '杭州市' },
  { code: 'CN-330200', en: 'Ningbo', zh: '宁波市' },
  { code: 'CN-340100', en: 'Hefei', zh: '合肥市' },
  { code: 'CN-350100', en: 'Fuzhou', zh: '福州市' },
  { code: 'CN-350200', en: 'Xiamen', zh: '厦门市' },
  { code: 'CN-360100', en: 'Nanchang', zh: '南昌市' },
  { code: 'CN-370100', en: 'Jinan', zh: '济南市' },
  { code: 'CN-370200', en: 'Qingdao', zh: '青岛市' },
  { code: 'CN-410100', en: 'Zhengzhou', zh: '郑州市' },
  { code: 'CN-420100', en: 'Wuhan', zh: '武汉市' },
  { code: 'CN-430100', en: 'Changsha', zh: '长沙市' },
  { code: 'CN-440100', en: 'Guangzhou', zh: '广州市' },
  { code: 'CN-440300', en: 'Shenzhen', zh: '深圳市' },
  { code: 'CN-450100', en: 'Nanning', zh: '南宁市' },
  { code: 'CN-460100', en: 'Haikou', zh: '海口市' },
  { code: 'CN-510100', en: 'Chengdu', zh: '成都市' },
  { code: 'CN-520100', en: 'Guiyang', zh: '贵阳市' },
  { code: 'CN-530100', en: 'Kunming', zh: '昆明市' },
  { code: 'CN-540100', en: 'Lhasa', zh: '拉萨市' },
  { code: 'CN-610100', en: "Xi'an", zh: '西安市' },
  { code: 'CN-620100', en: 'Lanzhou', zh: '兰州市' },
  { code: 'CN-630100', en: 'Xining', zh: '西宁市' },
  { code: 'CN-640100', en: 'Yinchuan', zh: '银川市' },
  { code: 'CN-650100', en: 'Ürümqi', zh: '乌鲁木齐市' },
];

export const REGION_CODES: readonly string[] = REGIONS.map((r) => r.code);

export function isRegionCode(code: unknown): code is string {
  return typeof code === 'string' && REGION_CODES.includes(code);
}

/** The region's name in the reader's language; the code itself for one no longer listed. */
export function regionName(code: string, locale: string): string {
  const region = REGIONS.find((r) => r.code === code);
  if (!region) return code;
  return locale.startsWith('zh') ? region.zh : region.en;
}

/** A name as typed: trimmed, any case, without the 市 ("city") a Chinese name ends with. */
const typedName = (text: string) => text.trim().toLowerCase().replace(/市$/u, '');

/**
 * The region a person typed or picked on a form, by its name in either language (呼和浩特 or
 * 呼和浩特市, hohhot) or its code; null when no city of the list is named.
 */
export function regionOf(typed: string): Region | null {
  const name = typedName(typed);
  if (!name) return null;
  return REGIONS.find((r) => r.code.toLowerCase() === name || typedName(r.en) === name || typedName(r.zh) === name) ?? null;
}

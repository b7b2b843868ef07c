/**
 * The demo school's micro-site content (WEB-01..07), in Traditional Chinese: three showcases,
 * two article types, twelve published articles (four pinned, one anonymous) and one draft.
 * `daysAgo` is counted back from the seed's `now`; `pinnedDaysAgo` likewise.
 */

export interface DemoShowcase {
  name: string;
  link: string;
  /** Gradient colours of the generated picture. */
  colors: [string, string];
}

export interface DemoArticle {
  key: string;
  type: 'news' | 'notices';
  title: string;
  author: 'admin' | 'teacher' | 'zhang';
  html: string;
  daysAgo: number;
  pinnedDaysAgo?: number;
  anonymous?: boolean;
  allowComments?: boolean;
  draft?: boolean;
}

export const DEMO_TYPES = { news: '校園新聞', notices: '學校通告' } as const;

export const DEMO_SHOWCASES: DemoShowcase[] = [
  { name: '2025 校園開放日', link: 'https://www.dsedj.gov.mo/', colors: ['#0d5470', '#2aa198'] },
  { name: '第二十屆陸運會', link: 'https://portal.dsedj.gov.mo/webdsejspace', colors: ['#c0392b', '#f39c12'] },
  { name: '閱讀月：與書同行', link: 'https://www.library.gov.mo/', colors: ['#5b2c6f', '#af7ac5'] },
];

const p = (...paragraphs: string[]) => paragraphs.map((t) => `<p>${t}</p>`).join('');

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    key: 'opening',
    type: 'news',
    title: '2025/2026 學年開學禮順利舉行',
    author: 'admin',
    daysAgo: 60,
    html: p('新學年開學禮於九月一日在禮堂舉行，校長勉勵同學訂立目標、積極學習。', '典禮後各班由班主任帶領進行班級活動，互相認識新同學。'),
  },
  {
    key: 'typhoon',
    type: 'notices',
    title: '颱風及暴雨期間學校安排',
    author: 'admin',
    daysAgo: 55,
    pinnedDaysAgo: 50,
    html:
      p('懸掛八號或以上颱風信號、或發出黑色暴雨警告時，全校停課。') +
      '<ul><li>早上六時前發出：全日停課</li><li>上課期間發出：學生留校，待天氣好轉後由家長接回</li></ul>' +
      p('詳情請參閱<a href="https://www.dsedj.gov.mo/">教育及青年發展局網頁</a>。'),
  },
  {
    key: 'sports-day',
    type: 'news',
    title: '第二十屆陸運會圓滿結束',
    author: 'teacher',
    daysAgo: 40,
    pinnedDaysAgo: 39,
    html: p('第二十屆陸運會於運動場舉行，全校師生及家長一同參與，氣氛熱烈。', '多項紀錄被刷新，恭喜各得獎同學！'),
  },
  {
    key: 'mid-autumn',
    type: 'news',
    title: '中秋綵燈創作比賽得獎名單',
    author: 'zhang',
    daysAgo: 35,
    html: p('感謝同學踴躍參加中秋綵燈創作比賽，作品將於地下大堂展出一星期。', '<strong>冠軍：</strong>小三甲班 黃小明'),
  },
  {
    key: 'parents-day',
    type: 'notices',
    title: '家長日安排（十一月）',
    author: 'admin',
    daysAgo: 30,
    pinnedDaysAgo: 20,
    html: p('家長日將於十一月第二個星期六舉行，請家長按通知的時段到校與班主任面談。', '如需更改時段，請聯絡教務處。'),
  },
  {
    key: 'math-contest',
    type: 'news',
    title: '本校學生於全澳數學比賽獲佳績',
    author: 'zhang',
    daysAgo: 25,
    html: p('本校派出十二名同學參加全澳小學數學比賽，共獲得二金三銀四銅。', '感謝數學科組老師的悉心指導。'),
  },
  {
    key: 'green-week',
    type: 'news',
    title: '綠色校園週：減廢從我做起',
    author: 'teacher',
    daysAgo: 20,
    anonymous: true,
    html: p('綠色校園週期間，同學自備餐具及水樽，並參與回收分類活動。', '一星期內全校減少了約三成的即棄餐具。'),
  },
  {
    key: 'flu-vaccine',
    type: 'notices',
    title: '流感疫苗接種安排',
    author: 'admin',
    daysAgo: 18,
    allowComments: false,
    html: p('衛生局將於下月到校為同學接種流感疫苗，請家長於通知上簽署同意書並交回班主任。'),
  },
  {
    key: 'reading-month',
    type: 'news',
    title: '圖書館閱讀月活動花絮',
    author: 'teacher',
    daysAgo: 14,
    html: p('閱讀月設有好書推介、故事劇場及作家講座，同學反應熱烈。', '歡迎同學繼續到圖書館借閱新書。'),
  },
  {
    key: 'holidays',
    type: 'notices',
    title: '聖誕及新年假期通知',
    author: 'admin',
    daysAgo: 10,
    html: p('聖誕及新年假期由十二月二十四日至一月一日，一月二日（星期五）照常上課。'),
  },
  {
    key: 'drama',
    type: 'news',
    title: '中學部英語話劇比賽',
    author: 'teacher',
    daysAgo: 6,
    html: p('中學部英語話劇比賽於本週五舉行，各班演出精彩，評判讚揚同學的表現及創意。'),
  },
  {
    key: 'open-day',
    type: 'news',
    title: '校園開放日歡迎參觀',
    author: 'admin',
    daysAgo: 2,
    pinnedDaysAgo: 1,
    html: p('校園開放日當天設有課堂體驗、學生作品展覽及校園導賞，歡迎家長及小朋友參觀。'),
  },
  {
    key: 'activities-draft',
    type: 'notices',
    title: '下學期課外活動報名',
    author: 'teacher',
    daysAgo: 0,
    draft: true,
    html: p('下學期課外活動報名詳情稍後公佈。'),
  },
];

/** Comments on the sports day article: two approved (on the site), one waiting for moderation. */
export const DEMO_COMMENTS = [
  { article: 'sports-day', name: '黃爸爸', text: '同學們表現非常出色，辛苦各位老師！', status: 'approved' as const },
  { article: 'sports-day', name: '陳媽媽', text: '期待明年的陸運會。', status: 'approved' as const },
  { article: 'sports-day', name: '訪客', text: '請問有相片下載嗎？', status: 'pending' as const },
];

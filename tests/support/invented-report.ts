/**
 * An invented report (青川省, a province that does not exist; every figure made up) and the ways staff
 * receive such a report: Markdown, plain text with official numbering, a saved web page with the site
 * around it. docx and PDF are made from it in document-fixtures.ts.
 */

export interface InventedSection {
  readonly heading: string;
  /** Paragraph text; `PM<sub>2.5</sub>` marks a subscript. */
  readonly paragraphs: readonly string[];
}

export interface InventedPart {
  readonly headline: string;
  readonly lead: string;
  readonly sections: readonly InventedSection[];
}

export interface InventedReport {
  readonly title: string;
  readonly parts: readonly InventedPart[];
  readonly closing: string | null;
}

export const inventedReport: InventedReport = {
  title: '青川“十四五”答卷',
  parts: [
    {
      headline: '青川省民生保障实现“三个新提升”',
      lead: '本报讯（记者 周平）近日，青川省人民政府新闻办举行“十四五”规划实施情况新闻发布会，介绍全省民生保障工作成效，5年来全省民生支出占一般公共预算支出比重保持在七成以上。',
      sections: [
        {
          heading: '就业收入水平显著提升',
          paragraphs: [
            '“十四五”以来，青川省城镇新增就业累计86.4万人，城镇调查失业率控制在5.5%以内，高校毕业生就业去向落实率保持在90%以上。',
            '全省居民人均可支配收入达到31250元，较2020年增长了7380元，城乡居民收入比缩小至2.31，农村居民收入增速连续5年快于城镇居民。',
            '青川省持续推进技能人才培养，新建公共实训基地12个，累计开展补贴性职业技能培训105万人次，新增高技能人才8.7万人。',
          ],
        },
        {
          heading: '公共服务供给持续提升',
          paragraphs: [
            '全省新建、改扩建中小学校426所，新增学位31.5万个，义务教育巩固率达到96.8%，学前教育毛入园率达到92%。',
            '基本养老保险参保率稳定在95%以上，每千人口拥有3岁以下婴幼儿托位数由1.2个增加到4.1个，城乡居民基础养老金最低标准提高到每人每月210元。',
          ],
        },
      ],
    },
    {
      headline: '青川省生态环境实现“两个持续向好”',
      lead: '本报讯（记者 周平）青川省生态环境厅近日介绍，“十四五”期间全省累计完成营造林面积1260万亩，生态环境质量持续改善。',
      sections: [
        {
          heading: '空气质量持续向好',
          paragraphs: [
            '2024年，全省地级城市空气质量优良天数比例达到89.7%，细颗粒物（PM<sub>2.5</sub>）平均浓度下降至26微克/立方米，较2020年下降18.8%，重污染天数减少了11天。',
            '全省淘汰燃煤小锅炉2300台，完成钢铁行业超低排放改造产能2800万吨，新能源汽车保有量达到64万辆。',
          ],
        },
        {
          heading: '水环境质量持续向好',
          paragraphs: [
            '全省国控断面水质优良比例达到91.5%，比全国平均水平高出2.1个百分点，县级以上城市集中式饮用水水源地水质达标率保持100%。',
            '青川省累计建成污水处理厂187座，城市污水集中收集率达到72.6%，完成农村环境整治村3400个，农村生活污水治理率提高到45%。',
          ],
        },
      ],
    },
  ],
  closing: '青川答卷',
};

/** The report as the embedded one is written: a title line, ## headings, one paragraph a line, blank lines between. */
export function toMarkdown(report: InventedReport): string {
  const lines = [report.title];
  for (const part of report.parts) {
    lines.push(`## ${part.headline}`, part.lead);
    for (const section of part.sections) lines.push(`## ${section.heading}`, ...section.paragraphs);
  }
  if (report.closing) lines.push(report.closing);
  return `${lines.join('\n\n')}\n`;
}

const HAN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Plain text as an office writes it: 一、 parts, （一） sections, one paragraph a line, no Markdown. */
export function toPlainText(report: InventedReport): string {
  const lines = [report.title];
  report.parts.forEach((part, p) => {
    lines.push(`${HAN_NUMERALS[p]}、${part.headline}`, plain(part.lead));
    part.sections.forEach((section, s) => lines.push(`（${HAN_NUMERALS[s]}）${section.heading}`, ...section.paragraphs.map(plain)));
  });
  if (report.closing) lines.push(report.closing);
  return `${lines.join('\r\n')}\r\n`;
}

/** A paragraph's text as shown: its marks removed. */
export function plain(paragraph: string): string {
  return paragraph.replace(/<\/?su[bp]>/gu, '');
}

/** The article alone, as HTML (for a web page, and for Chromium to print as a PDF). */
export function articleHtml(report: InventedReport): string {
  const parts = report.parts
    .map(
      (part) =>
        `<h2>${part.headline}</h2>\n<p>${part.lead}</p>\n` +
        part.sections.map((section) => `<h3>${section.heading}</h3>\n${section.paragraphs.map((text) => `<p>${text}</p>`).join('\n')}`).join('\n'),
    )
    .join('\n');
  return `<h1>${report.title}</h1>\n${parts}\n${report.closing ? `<p>${report.closing}</p>` : ''}`;
}

/**
 * A saved government web page: the article inside the site's chrome, whose numbers (a hotline, an ICP
 * number, a ranking of hot stories with their read counts) must never become figures.
 */
export function toWebPage(report: InventedReport, charset = 'utf-8'): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${report.title}_青川省人民政府门户网站</title>
<style>body{font-family:sans-serif}</style></head>
<body>
<header class="site-header"><div class="logo">青川省人民政府</div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/fw">政务服务</a></li><li><a href="/hd">互动交流</a></li></ul></nav>
<div class="hotline">政务服务便民热线：12345　值班电话：0871-66668888</div></header>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/xw">新闻中心</a> &gt; 正文</div>
<div class="wrap">
<article class="content">
<div class="info">发布时间：2025-11-20 09:30　来源：青川日报　浏览次数：3862</div>
${articleHtml(report)}
<div class="share">分享到：微信 微博</div>
</article>
<aside class="sidebar"><h4>热点排行</h4><ol>
<li><a href="/a1">全省2025年高考报名人数达到38.6万人</a><span>阅读 15236</span></li>
<li><a href="/a2">青川新开通5条国际航线</a><span>阅读 9821</span></li>
<li><a href="/a3">省政府召开第27次常务会议</a><span>阅读 7310</span></li>
</ol></aside>
</div>
<footer><p>主办：青川省人民政府办公厅　联系电话：0871-12345678</p><p>青ICP备05001234号-1　青公网安备 53010202000123号　网站标识码 5300000012</p><p>Copyright © 2025 All Rights Reserved</p></footer>
</body></html>
`;
}

/** The report with some of its text replaced (each `[from, to]` once, wherever it stands): a revised version, as a new version of a report arrives. */
export function reviseReport(report: InventedReport, replacements: readonly (readonly [string, string])[]): InventedReport {
  const revise = (text: string): string => replacements.reduce((result, [from, to]) => result.replace(from, to), text);
  return {
    ...report,
    parts: report.parts.map((part) => ({
      ...part,
      lead: revise(part.lead),
      sections: part.sections.map((section) => ({ ...section, paragraphs: section.paragraphs.map(revise) })),
    })),
  };
}

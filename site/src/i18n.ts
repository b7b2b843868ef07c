/** The languages a site can be built in; one language per build (env `SITE_LANG`). */
export const SITE_LANGS = ['zh-Hant', 'en', 'pt'] as const;
export type SiteLang = (typeof SITE_LANGS)[number];

export function isSiteLang(value: unknown): value is SiteLang {
  return (SITE_LANGS as readonly unknown[]).includes(value);
}

/** BCP 47 tag for `<html lang>` and date formatting: Macao variants. */
export const LOCALE: Record<SiteLang, string> = { 'zh-Hant': 'zh-Hant-MO', en: 'en-MO', pt: 'pt-MO' };
/** Open Graph wants language_TERRITORY. */
export const OG_LOCALE: Record<SiteLang, string> = { 'zh-Hant': 'zh_MO', en: 'en_GB', pt: 'pt_PT' };

const zh = {
  skipToContent: '跳至主要內容',
  mainNav: '主選單',
  home: '首頁',
  microSite: '微官網',
  showcases: '櫥窗',
  hotArticles: '熱門文章',
  latestArticles: '最新文章',
  allArticles: '全部文章',
  viewAll: '查看全部文章',
  articleTypes: '文章分類',
  pinned: '置頂',
  byAuthor: (name: string) => `作者：${name}`,
  published: '發佈日期',
  noArticles: '暫時未有文章。',
  pagination: '分頁',
  previous: '上一頁',
  next: '下一頁',
  pageOf: (n: number, total: number) => `第 ${n} 頁，共 ${total} 頁`,
  shareLink: '分享連結',
  breadcrumb: '導覽路徑',
  rss: 'RSS 訂閱',
  poweredBy: '智慧校園 Smart Campus',
  notFound: '找不到頁面',
  notFoundText: '你要找的頁面不存在或已被移除。',
  backHome: '返回首頁',
  siteDescription: (school: string) => `${school}微官網：校園新聞、通告與最新文章。`,
  comments: '留言',
  noComments: '暫時未有留言。',
  leaveComment: '發表留言',
  commentName: '你的名稱',
  commentText: '留言內容',
  submitComment: '送出留言',
  commentSent: '謝謝！留言經學校審核後便會顯示。',
  commentFailed: '未能送出留言，請檢查內容後再試。',
  commentLimited: '留言太頻密，請稍後再試。',
};

export type Labels = typeof zh;

const en: Labels = {
  skipToContent: 'Skip to main content',
  mainNav: 'Main',
  home: 'Home',
  microSite: 'Official website',
  showcases: 'Highlights',
  hotArticles: 'Popular articles',
  latestArticles: 'Latest articles',
  allArticles: 'All articles',
  viewAll: 'View all articles',
  articleTypes: 'Categories',
  pinned: 'Pinned',
  byAuthor: (name) => `By ${name}`,
  published: 'Published',
  noArticles: 'No articles yet.',
  pagination: 'Pagination',
  previous: 'Previous',
  next: 'Next',
  pageOf: (n, total) => `Page ${n} of ${total}`,
  shareLink: 'Share link',
  breadcrumb: 'Breadcrumb',
  rss: 'RSS feed',
  poweredBy: 'Smart Campus',
  notFound: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has been removed.',
  backHome: 'Back to the home page',
  siteDescription: (school) => `${school}: school news, notices and the latest articles.`,
  comments: 'Comments',
  noComments: 'No comments yet.',
  leaveComment: 'Leave a comment',
  commentName: 'Your name',
  commentText: 'Comment',
  submitComment: 'Send comment',
  commentSent: 'Thank you! Your comment will appear once the school has approved it.',
  commentFailed: 'The comment could not be sent; check it and try again.',
  commentLimited: 'Too many comments; please try again later.',
};

const pt: Labels = {
  skipToContent: 'Saltar para o conteúdo principal',
  mainNav: 'Principal',
  home: 'Início',
  microSite: 'Sítio oficial',
  showcases: 'Destaques',
  hotArticles: 'Artigos populares',
  latestArticles: 'Artigos recentes',
  allArticles: 'Todos os artigos',
  viewAll: 'Ver todos os artigos',
  articleTypes: 'Categorias',
  pinned: 'Fixado',
  byAuthor: (name) => `Por ${name}`,
  published: 'Publicado',
  noArticles: 'Ainda não há artigos.',
  pagination: 'Paginação',
  previous: 'Anterior',
  next: 'Seguinte',
  pageOf: (n, total) => `Página ${n} de ${total}`,
  shareLink: 'Ligação para partilhar',
  breadcrumb: 'Localização',
  rss: 'Feed RSS',
  poweredBy: 'Smart Campus',
  notFound: 'Página não encontrada',
  notFoundText: 'A página que procura não existe ou foi removida.',
  backHome: 'Voltar ao início',
  siteDescription: (school) => `${school}: notícias, avisos e os artigos mais recentes da escola.`,
  comments: 'Comentários',
  noComments: 'Ainda não há comentários.',
  leaveComment: 'Deixar um comentário',
  commentName: 'O seu nome',
  commentText: 'Comentário',
  submitComment: 'Enviar comentário',
  commentSent: 'Obrigado! O comentário aparecerá depois de a escola o aprovar.',
  commentFailed: 'Não foi possível enviar o comentário; verifique-o e tente de novo.',
  commentLimited: 'Demasiados comentários; tente de novo mais tarde.',
};

export const LABELS: Record<SiteLang, Labels> = { 'zh-Hant': zh, en, pt };

/** A date as readers in Macao expect it, in Asia/Macau whatever the build machine's zone. */
export function formatDate(iso: string, lang: SiteLang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeZone: 'Asia/Macau' }).format(new Date(iso));
}

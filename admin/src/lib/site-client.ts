import { type Id, type Page, type ListQuery, schoolFetch } from './client';

/** Typed client of 微官網 management (WEB-01..07, api/src/site): desktop back-office only. */

export interface Showcase {
  id: Id;
  name: string;
  link: string | null;
  imageFileId: Id | null;
  /** The site's media path of the image (root-relative), or null. */
  imageUrl: string | null;
  listed: boolean;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}
export interface ShowcaseInput {
  name: string;
  link: string | null;
  imageFileId: Id | null;
  listed?: boolean;
}

export interface ArticleType {
  id: Id;
  name: string;
  enabled: boolean;
  createdAt: string;
}

export type ArticleStatus = 'draft' | 'published';
export interface Article {
  id: Id;
  typeId: Id;
  typeName: string;
  title: string;
  anonymous: boolean;
  allowComments: boolean;
  summary: string | null;
  content?: string;
  status: ArticleStatus;
  /** Shown on the site now: published and its type enabled. */
  public: boolean;
  author: { id: Id; name: string | null } | null;
  pinned: boolean;
  pinnedAt: string | null;
  /** Among the first 10 pinned (熱門文章, WEB-04). */
  hot: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** WEB-05 複製鏈接. */
  shareUrl: string;
}
export interface ArticleInput {
  typeId: Id;
  title: string;
  anonymous: boolean;
  allowComments: boolean;
  content: string;
  status: ArticleStatus;
}
export interface ArticleQuery extends ListQuery {
  status?: string;
  typeId?: string;
  /** 'true' / 'false' */
  pinned?: string;
}

export type CommentStatus = 'pending' | 'approved' | 'hidden';
export interface SiteComment {
  id: Id;
  articleId: Id;
  articleTitle: string | null;
  name: string;
  text: string;
  status: CommentStatus;
  createdAt: string;
  moderatedAt: string | null;
}

export interface UploadedFile {
  id: Id;
  name: string;
  contentType: string;
  size: number;
}

function toQuery(params: object): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

/** The site API of one school. */
export function siteApi(school: string) {
  const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await schoolFetch(school, method, path, body === undefined ? {} : { json: body });
    return res.status === 204 ? (undefined as T) : ((await res.json()) as T);
  };
  const enc = encodeURIComponent;
  return {
    /** WEB-05 the site's public home page. */
    link: () => json<{ url: string }>('GET', '/site'),
    showcases: {
      list: (query: ListQuery & { listed?: string }) => json<Page<Showcase>>('GET', `/site/showcases${toQuery(query)}`),
      create: (input: ShowcaseInput) => json<Showcase>('POST', '/site/showcases', input),
      update: (id: Id, input: Partial<ShowcaseInput>) => json<Showcase>('PATCH', `/site/showcases/${enc(id)}`, input),
      reorder: (showcaseIds: Id[]) => json<unknown>('POST', '/site/showcases/reorder', { showcaseIds }),
    },
    types: {
      list: (query: ListQuery) => json<Page<ArticleType>>('GET', `/site/types${toQuery(query)}`),
      create: (input: { name: string; enabled?: boolean }) => json<ArticleType>('POST', '/site/types', input),
      update: (id: Id, input: { name?: string; enabled?: boolean }) => json<ArticleType>('PATCH', `/site/types/${enc(id)}`, input),
    },
    articles: {
      list: (query: ArticleQuery) => json<Page<Article>>('GET', `/site/articles${toQuery(query)}`),
      get: (id: Id) => json<Article>('GET', `/site/articles/${enc(id)}`),
      create: (input: ArticleInput) => json<Article>('POST', '/site/articles', input),
      update: (id: Id, input: Partial<ArticleInput>) => json<Article>('PATCH', `/site/articles/${enc(id)}`, input),
      remove: (id: Id) => json<void>('DELETE', `/site/articles/${enc(id)}`),
      pin: (id: Id, pinned: boolean) => json<Article>('POST', `/site/articles/${enc(id)}/${pinned ? 'pin' : 'unpin'}`),
    },
    comments: {
      list: (query: ListQuery & { status?: CommentStatus; articleId?: string }) => json<Page<SiteComment>>('GET', `/site/comments${toQuery(query)}`),
      approve: (id: Id) => json<SiteComment>('POST', `/site/comments/${enc(id)}/approve`),
      hide: (id: Id) => json<SiteComment>('POST', `/site/comments/${enc(id)}/hide`),
      remove: (id: Id) => json<void>('DELETE', `/site/comments/${enc(id)}`),
    },
    /** Uploads an image (POST /files); `url` is what content and previews reference. */
    upload: async (file: File): Promise<UploadedFile & { url: string }> => {
      const res = await schoolFetch(school, 'POST', `/files?name=${enc(file.name)}`, { bytes: file, contentType: file.type || 'application/octet-stream' });
      const uploaded = (await res.json()) as UploadedFile;
      return { ...uploaded, url: `/api/s/${enc(school)}/files/${enc(uploaded.id)}` };
    },
  };
}

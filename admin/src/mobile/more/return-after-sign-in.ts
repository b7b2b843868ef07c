/**
 * A QR code opened on a phone that is signed out goes through the mobile sign-in, which lands
 * on the workbench; this remembers the code's page for that one trip, so the workbench can
 * send the member on to it (確認登錄電腦端). Kept for the life of a desk's code, in this tab.
 */
const KEY = 'smart-campus.after-sign-in';
const LIFETIME = 3 * 60_000;
const QR_PAGE = /^\/admin\/([^/]+)\/m\/qr\/[a-z2-7]{32}$/;

/** Remembers the page when the app was opened at a QR code's address (before any redirect). */
export function rememberQrPage(pathname: string, now = Date.now()): void {
  const match = QR_PAGE.exec(pathname);
  if (!match) return;
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path: pathname.replace(/^\/admin/, ''), school: match[1], at: now }));
  } catch {
    // storage blocked: the member scans the code again after signing in
  }
}

/** The remembered page of this school, once (it is forgotten as it is read), if still fresh. */
export function takeQrPage(school: string, now = Date.now()): string | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    sessionStorage.removeItem(KEY);
    const saved = JSON.parse(raw) as { path?: string; school?: string; at?: number };
    return saved.school === school && typeof saved.path === 'string' && now - (saved.at ?? 0) < LIFETIME ? saved.path : null;
  } catch {
    return null;
  }
}

/** Forgets it (the page was reached directly). */
export function forgetQrPage(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing kept
  }
}

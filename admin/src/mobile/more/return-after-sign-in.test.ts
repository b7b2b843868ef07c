import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetQrPage, rememberQrPage, takeQrPage } from './return-after-sign-in';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz234567';

describe('Return to a QR code page after the mobile sign-in', () => {
  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    });
  });

  it('Should give back the page of a QR code once, for its school', () => {
    rememberQrPage(`/admin/B-888/m/qr/${TOKEN}`, 1000);
    expect(takeQrPage('B-888', 2000)).toBe(`/B-888/m/qr/${TOKEN}`);
    expect(takeQrPage('B-888', 2000)).toBeNull();
  });

  it('Should ignore other pages, other schools and stale codes', () => {
    rememberQrPage('/admin/B-888/m/messages', 1000);
    expect(takeQrPage('B-888', 1000)).toBeNull();
    rememberQrPage(`/admin/B-888/m/qr/${TOKEN}`, 1000);
    expect(takeQrPage('C-123', 1000)).toBeNull();
    rememberQrPage(`/admin/B-888/m/qr/${TOKEN}`, 1000);
    expect(takeQrPage('B-888', 1000 + 3 * 60_000)).toBeNull();
    rememberQrPage(`/admin/B-888/m/qr/NOT-A-TOKEN`, 1000);
    expect(takeQrPage('B-888', 1000)).toBeNull();
  });

  it('Should forget the page once it was reached directly', () => {
    rememberQrPage(`/admin/B-888/m/qr/${TOKEN}`, 1000);
    forgetQrPage();
    expect(takeQrPage('B-888', 1000)).toBeNull();
  });
});

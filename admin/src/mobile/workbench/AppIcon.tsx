/**
 * The icon of each app of the catalogue (api/src/apps/catalogue.ts): a white line drawing on
 * the app's own colour, as on the WeCom workbench. Used by the phone's workbench and by the
 * back-office's 部署應用 and 工作台 screens.
 */
const ICONS: Record<string, { d: string; from: string; to: string }> = {
  messages: { d: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2Zm4 4a2 2 0 0 0 4 0', from: '#e99a48', to: '#cf6a2c' },
  leave: { d: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M10 13l4 4M14 13l-4 4', from: '#5aa9c9', to: '#2f7ea3' },
  attendance: { d: 'M9 4h6v3H9zM9 5H6v16h12V5h-3M9 14l2 2 4-4', from: '#4fb58a', to: '#23875d' },
  timetable: { d: 'M4 5h16v15H4zM4 10h16M4 15h16M10 5v15', from: '#7c8fe0', to: '#4f62c0' },
  homework: { d: 'M4 20h4L19 9l-4-4L4 16v4ZM13.5 6.5l4 4', from: '#f0b443', to: '#d28a12' },
  courses: { d: 'M3 5h18v12H3zM8 21h8M12 17v4M10 8.5v5l4-2.5z', from: '#5b9de6', to: '#2e6fbf' },
  mailbox: { d: 'M3 6h18v12H3zM3 7l9 6 9-6', from: '#43a7a0', to: '#1f7d78' },
  support: { d: 'M4 14v-2a8 8 0 0 1 16 0v2M4 14h3v5H5a1 1 0 0 1-1-1v-4ZM20 14h-3v5h2a1 1 0 0 0 1-1v-4ZM17 19c0 1.5-2 2-5 2', from: '#8b7ad8', to: '#6150b5' },
  site: {
    d: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z',
    from: '#3fa3d6',
    to: '#1d72a8',
  },
  'back-office': { d: 'M3 4h18v12H3zM8 20h8M12 16v4', from: '#3a7cab', to: '#1d5f8a' },
  calendar: { d: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4M8 14h2M14 14h2M8 17h2', from: '#e06c6c', to: '#bd3f3f' },
  resources: { d: 'M4 5a2 2 0 0 1 2-2h14v15H6a2 2 0 0 0-2 2V5Zm0 15a2 2 0 0 0 2 2h14v-4', from: '#58b368', to: '#2f8a40' },
  notices: { d: 'M3 10v4h3l7 4V6l-7 4H3ZM17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11', from: '#f08a5d', to: '#d2592a' },
  'alumni-qr': { d: 'M2 9l10-5 10 5-10 5-10-5ZM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6', from: '#9a7bc9', to: '#6f4fa6' },
  b08: { d: 'M20 11a8 8 0 0 0-14.5-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5L20 16M20 20v-4h-4', from: '#4ab0c0', to: '#1f8596' },
  b01: { d: 'M6 3h8l4 4v14H6V3ZM14 3v4h4M12 17v-6M9 14l3-3 3 3', from: '#5f9fd0', to: '#346fa3' },
  transfers: { d: 'M14 4h5v16h-5M3 12h11M10 8l4 4-4 4', from: '#c48a5a', to: '#9a6233' },
  'subscription-qr': { d: 'M4 4h6v6H4V4ZM14 4h6v6h-6V4ZM4 14h6v6H4v-6ZM14 14h2v2h-2v-2ZM18 14h2M14 18h2M18 18h2v2', from: '#6b7c8f', to: '#465668' },
  announcements: { d: 'M4 5h13v14a2 2 0 0 0 2 2H6a2 2 0 0 1-2-2V5ZM17 9h3v10a2 2 0 0 1-2 2M8 9h5M8 13h5M8 17h3', from: '#d9738f', to: '#b24766' },
};
const FALLBACK = { d: 'M4 4h6v6H4zM14 4h6v6h-6zM4 14h6v6H4zM14 14h6v6h-6z', from: '#7d8a99', to: '#566372' };

/** An app's rounded-square icon; `size` in px (the drawing is about half of it). */
export default function AppIcon(props: { appKey: string; size?: number; class?: string }) {
  const icon = () => ICONS[props.appKey] ?? FALLBACK;
  const size = () => props.size ?? 52;
  return (
    <span
      class={`app-icon ${props.class ?? ''}`}
      aria-hidden="true"
      style={{
        display: 'inline-grid',
        'place-items': 'center',
        flex: 'none',
        position: 'relative',
        width: `${size()}px`,
        height: `${size()}px`,
        'border-radius': `${Math.round(size() * 0.27)}px`,
        background: `linear-gradient(150deg, ${icon().from}, ${icon().to})`,
      }}
    >
      <svg
        viewBox="0 0 24 24"
        width={Math.round(size() * 0.5)}
        height={Math.round(size() * 0.5)}
        fill="none"
        stroke="#fff"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <path d={icon().d} />
      </svg>
    </span>
  );
}

/**
 * Small inline glyphs for notices and announcements (desk and phone): drawn, not emoji, since
 * not every device (nor the Chromium the tests run) has an emoji font.
 */

const base = { 'aria-hidden': true, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** A paper clip, before an attachment's name. */
export function Clip(props: { size?: number }) {
  return (
    <svg {...base} class="glyph" width={props.size ?? 16} height={props.size ?? 16}>
      <path d="m20 11.5-8.2 8.2a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8" />
    </svg>
  );
}

/** A thumb up (點贊). */
export function Thumb(props: { size?: number; filled?: boolean }) {
  return (
    <svg {...base} class="glyph" width={props.size ?? 18} height={props.size ?? 18} fill={props.filled ? 'currentColor' : 'none'}>
      <path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3Zm0 0 4-7a2.5 2.5 0 0 1 2.5 2.5V9h5.2a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 17.4 21H7" />
    </svg>
  );
}
